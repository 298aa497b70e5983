using System.Globalization;

namespace Rubric.Engine;

/// <summary>
/// One eligible, scored unit in an award's ranking: its place, its score, the measures the
/// tie-breakers read, and whether it was awarded. Plain data, safe to serialize.
/// </summary>
public sealed class RankedUnit
{
    internal RankedUnit(
        string unitId,
        string unitName,
        int rank,
        decimal score,
        AssessmentRound round,
        ScorePair total,
        int itemsLost,
        bool isAwarded,
        bool isTiedAtCutOff,
        int? tieBreakPosition,
        IReadOnlyList<decimal?> tieBreakerValues)
    {
        UnitId = unitId;
        UnitName = unitName;
        Rank = rank;
        Score = score;
        Round = round;
        SelfTotal = total.Self;
        AssessorTotal = total.Assessor;
        SelfGap = total.Gap;
        ItemsLost = itemsLost;
        IsAwarded = isAwarded;
        IsTiedAtCutOff = isTiedAtCutOff;
        TieBreakPosition = tieBreakPosition;
        TieBreakerValues = tieBreakerValues;
    }

    /// <summary>The unit's id.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name on the roster.</summary>
    public string UnitName { get; }

    /// <summary>
    /// The place by score alone, in standard competition ranking (1, 2, 2, 4): one more than the
    /// number of units with a strictly higher score. Tied units share it.
    /// </summary>
    public int Rank { get; }

    /// <summary>The score that counts: the assessor total when filled, else the self total.</summary>
    public decimal Score { get; }

    /// <summary>The round of the assessment ranked.</summary>
    public AssessmentRound Round { get; }

    /// <summary>The self total, when the self column was filled.</summary>
    public decimal? SelfTotal { get; }

    /// <summary>The assessor total, when the assessor column was filled.</summary>
    public decimal? AssessorTotal { get; }

    /// <summary>Self minus assessor total, when both were filled; positive means over-claimed.</summary>
    public decimal? SelfGap { get; }

    /// <summary>How many items lost points in the column that counts.</summary>
    public int ItemsLost { get; }

    /// <summary>Whether the unit is awarded.</summary>
    public bool IsAwarded { get; }

    /// <summary>Whether the unit is one of the units tied at the cut-off that did not all fit in the quota.</summary>
    public bool IsTiedAtCutOff { get; }

    /// <summary>
    /// For a unit tied at the cut-off under <see cref="TieResolution.BreakTies"/>: its place among
    /// the tied units after the tie-breakers (1, 2, 2, 4 again: units the breakers cannot separate
    /// share it). <see langword="null"/> otherwise.
    /// </summary>
    public int? TieBreakPosition { get; }

    /// <summary>
    /// The values the policy's tie-breakers read, one per breaker in order (a task or stage score,
    /// a count of items lost, an absolute self gap); <see langword="null"/> where the unit has no
    /// such value. Empty when the policy has no tie-breakers.
    /// </summary>
    public IReadOnlyList<decimal?> TieBreakerValues { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = $"#{Rank.ToString(CultureInfo.InvariantCulture)} {UnitId} ({UnitName}) {PointsFormat.Format(Score)}";
        if (IsTiedAtCutOff)
        {
            text += TieBreakPosition is { } p ? $", tied at cut-off, tie-break place {p.ToString(CultureInfo.InvariantCulture)}" : ", tied at cut-off";
        }

        return text + (IsAwarded ? ", awarded" : ", not awarded");
    }
}
