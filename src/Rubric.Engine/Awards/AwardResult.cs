using System.Globalization;
using System.Text;

namespace Rubric.Engine;

/// <summary>
/// One award policy applied by one assessing body: the population it ranks, the quota and its
/// rounding, the ranking, who is awarded, how a tie at the cut-off was resolved, and every unit
/// left out with the reason. Every unit of the population appears exactly once, in
/// <see cref="Ranking"/> (awarded or not), <see cref="Ineligible"/> or <see cref="NotRanked"/>.
/// Plain data without references to the rubric, safe to serialize.
/// </summary>
public sealed class AwardResult
{
    internal AwardResult(
        AwardPolicy policy,
        AssessingBody body,
        int populationSize,
        decimal? cutOffScore,
        TieOutcome tieOutcome,
        IReadOnlyList<RankedUnit> ranking,
        IReadOnlyList<UnrankedUnit> ineligible,
        IReadOnlyList<UnrankedUnit> notRanked,
        IReadOnlyList<UnrankedUnit> setAside,
        IReadOnlyList<string> notes)
    {
        PolicyId = policy.Id;
        PolicyName = policy.Name;
        UnitKind = policy.UnitKind;
        BodyId = body.Id;
        BodyName = body.Name;
        BodyKind = body.Kind;
        PopulationSize = populationSize;
        Quota = policy.Quota.ToString();
        QuotaPercent = policy.Quota.Percent;
        QuotaCount = policy.Quota.Count;
        RawQuota = policy.Quota.Raw(populationSize);
        Rounding = policy.Rounding;
        RoundedQuota = policy.Quota.Rounded(populationSize, policy.Rounding);
        TieResolution = policy.Ties.Resolution;
        TieBreakers = [.. policy.Ties.Breakers.Select(static b => b.ToString())];
        CutOffScore = cutOffScore;
        TieOutcome = tieOutcome;
        Ranking = ranking;
        Awarded = [.. ranking.Where(static u => u.IsAwarded)];
        TiedAtCutOff = [.. ranking.Where(static u => u.IsTiedAtCutOff)];
        Ineligible = ineligible;
        NotRanked = notRanked;
        SetAside = setAside;
        Notes = notes;
    }

    /// <summary>The award policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>The award's name, verbatim (先进集体).</summary>
    public string PolicyName { get; }

    /// <summary>The kind of unit ranked.</summary>
    public UnitKind UnitKind { get; }

    /// <summary>The assessing body's id.</summary>
    public string BodyId { get; }

    /// <summary>The assessing body's name.</summary>
    public string BodyName { get; }

    /// <summary>County or centre.</summary>
    public BodyKind BodyKind { get; }

    /// <summary>How many units of <see cref="UnitKind"/> the body ranks (<see cref="AssessingBody.Population"/>); the quota's base.</summary>
    public int PopulationSize { get; }

    /// <summary>The quota as stated: <c>25 %</c> or <c>3</c>.</summary>
    public string Quota { get; }

    /// <summary>The quota's percentage, or <see langword="null"/> for a fixed count.</summary>
    public decimal? QuotaPercent { get; }

    /// <summary>The quota's fixed count, or <see langword="null"/> for a percentage.</summary>
    public int? QuotaCount { get; }

    /// <summary>The unrounded quota: 25 % of 7 is 1.75.</summary>
    public decimal RawQuota { get; }

    /// <summary>How the raw quota was rounded.</summary>
    public QuotaRounding Rounding { get; }

    /// <summary>The number of awards the quota allows: the raw quota rounded, never more than the population.</summary>
    public int RoundedQuota { get; }

    /// <summary>How a tie at the cut-off is treated.</summary>
    public TieResolution TieResolution { get; }

    /// <summary>The tie-breakers in order, as text (<c>TaskScore(t1)</c>); empty unless <see cref="TieResolution.BreakTies"/>.</summary>
    public IReadOnlyList<string> TieBreakers { get; }

    /// <summary>
    /// The score at the quota's last place: the <see cref="RoundedQuota"/>-th best eligible score,
    /// or the lowest eligible score when fewer units are eligible than the quota allows.
    /// <see langword="null"/> when the quota is 0 or nobody is eligible.
    /// </summary>
    public decimal? CutOffScore { get; }

    /// <summary>What happened at the cut-off.</summary>
    public TieOutcome TieOutcome { get; }

    /// <summary>
    /// The eligible, scored units, best first: by score descending, then by unit id (ordinal) so
    /// that the order is the same on every run. Tied units share their <see cref="RankedUnit.Rank"/>.
    /// </summary>
    public IReadOnlyList<RankedUnit> Ranking { get; }

    /// <summary>The awarded units, in ranking order.</summary>
    public IReadOnlyList<RankedUnit> Awarded { get; }

    /// <summary>The number of awarded units.</summary>
    public int AwardedCount => Awarded.Count;

    /// <summary>Whether more units were awarded than the quota allows (a tie included past it).</summary>
    public bool ExceedsQuota => Awarded.Count > RoundedQuota;

    /// <summary>The units tied at the cut-off score that did not all fit in the quota, in ranking order; empty when no tie straddles the cut-off.</summary>
    public IReadOnlyList<RankedUnit> TiedAtCutOff { get; }

    /// <summary>Units of the population that were scored but may not be awarded: below the minimum score, vetoed, or assessed in the wrong round. In roster order.</summary>
    public IReadOnlyList<UnrankedUnit> Ineligible { get; }

    /// <summary>Units of the population that could not be ranked: no assessment, an assessment with scoring errors, or several assessments that could count. In roster order.</summary>
    public IReadOnlyList<UnrankedUnit> NotRanked { get; }

    /// <summary>Assessments of units of the population that did not count because the policy requires another round, which the unit also has.</summary>
    public IReadOnlyList<UnrankedUnit> SetAside { get; }

    /// <summary>Sentences that explain the result: the quota arithmetic, an empty population, a quota of 0, the tie resolution.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>A multi-line report: the quota, each ranked unit, each unit left out, and the notes.</summary>
    /// <returns>The report.</returns>
    public string Describe()
    {
        var text = new StringBuilder().AppendLine(ToString());
        foreach (var unit in Ranking)
        {
            text.Append("  ").AppendLine(unit.ToString());
        }

        foreach (var unit in Ineligible.Concat(NotRanked).Concat(SetAside))
        {
            text.Append("  - ").AppendLine(unit.ToString());
        }

        foreach (var note in Notes)
        {
            text.Append("  * ").AppendLine(note);
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var invariant = CultureInfo.InvariantCulture;
        var cutOff = CutOffScore is { } c ? PointsFormat.Format(c) : "none";
        return $"{PolicyId} ({PolicyName}) at {BodyId}: {Awarded.Count.ToString(invariant)} awarded of {PopulationSize.ToString(invariant)} " +
            $"(quota {Quota} = {PointsFormat.Format(RawQuota)}, {Rounding} → {RoundedQuota.ToString(invariant)}; cut-off {cutOff}; ties {TieOutcome}; " +
            $"{Ranking.Count.ToString(invariant)} ranked, {Ineligible.Count.ToString(invariant)} ineligible, {NotRanked.Count.ToString(invariant)} not ranked)";
    }
}
