using System.Globalization;
using Rubric.Engine;

namespace Rubric.Cli.Awards;

/// <summary>Runs <see cref="AwardCalculator"/> and turns its reports into the host's award lists.</summary>
internal sealed class EngineAwardsRunner : IAwardsRunner
{
    public AwardsReport Run(RubricDefinition rubric, Roster roster, IReadOnlyList<ScoringResult> results)
    {
        var lists = new List<AwardList>();
        var notes = new List<string>();

        // Assessments that were scored but that no list can use: the input needs fixing.
        var unusable = new HashSet<string>(StringComparer.Ordinal);
        if (rubric.AwardPolicies.Count == 0)
        {
            notes.Add($"Rubric '{rubric.Id}' names no awards: awards belong to a plan. Run 'rubric awards PLAN ROSTER INPUT...' with the plan that names this rubric.");
        }

        foreach (var policy in rubric.AwardPolicies)
        {
            // Scores from a rubric for schools cannot rank staff members (or centres): listing every
            // staff member as "no assessment" would bury the lists that can be drawn. Say why instead.
            if (policy.UnitKind != rubric.UnitKind)
            {
                notes.Add($"{policy.Name} ({policy.Id}) ranks {Kind(policy.UnitKind)}, but this rubric assesses {Kind(rubric.UnitKind)}: " +
                    $"its scores cannot rank them. Run 'rubric awards' with a rubric and assessments for {Kind(policy.UnitKind)}.");
                continue;
            }

            var report = AwardCalculator.Calculate(policy, roster, results);
            unusable.UnionWith(Unusable(report));
            lists.AddRange(ListsOf(report));
            notes.AddRange(report.OutsidePopulation.Select(u => Outside(report, u)));
        }

        return new AwardsReport(rubric.Id, lists, notes) { UnitsWithUnusableAssessments = unusable.Count };
    }

    public AwardsReport Run(AssessmentPlan plan, Roster roster, IReadOnlyList<ScoringResult> results)
    {
        var report = AwardCalculator.Calculate(plan, roster, results);
        var lists = new List<AwardList>();
        var notes = new List<string>();
        var unusable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in report.Outcomes)
        {
            if (outcome.Report is not { } awards)
            {
                // Nothing is computed for an award the plan leaves open: no population, no quota.
                lists.AddRange(outcome.Bodies.Select(b => new AwardList(b.Id, b.Name, outcome.Award.Id, outcome.Award.Name, null, null, null, null, null, [], [],
                    [$"{outcome.Level.Name}: to be announced (另行通知): {outcome.Award.Announcement}"], outcome.Award.Announcement)));
                continue;
            }

            unusable.UnionWith(Unusable(awards));
            lists.AddRange(ListsOf(awards));
            notes.AddRange(awards.OutsidePopulation.Select(u => Outside(awards, u)));
        }

        notes.AddRange(report.NotRouted.Select(u => $"{u.UnitId} {u.Code}: {u.Message}"));
        return new AwardsReport(plan.Id, lists, notes) { AwardRound = report.AwardRound.ToString(), UnitsWithUnusableAssessments = unusable.Count };
    }

    private static IEnumerable<AwardList> ListsOf(AwardReport report) => report.Results.Select(result => new AwardList(
        result.BodyId,
        result.BodyName,
        result.PolicyId,
        result.PolicyName,
        result.PopulationSize,
        result.RawQuota,
        result.Rounding.ToString().ToLowerInvariant(),
        result.RoundedQuota,
        result.CutOffScore,
        [.. result.Awarded.Select(u => Ranked(u, result))],
        [.. result.Ranking.Where(static u => !u.IsAwarded).Select(u => Ranked(u, result)), .. result.Ineligible.Concat(result.NotRanked).Concat(result.SetAside).Select(Unranked)],
        [.. result.Notes]));

    /// <summary>Units whose assessments were scored but that no list can use: two for one unit, or a unit not on the roster.</summary>
    private static IEnumerable<string> Unusable(AwardReport report) =>
        report.Results.SelectMany(static r => r.NotRanked).Where(static u => u.Reason == UnrankedReason.DuplicateAssessment)
            .Concat(report.OutsidePopulation.Where(static u => u.Reason == UnrankedReason.NotOnRoster))
            .Select(static u => u.UnitId);

    private static string Outside(AwardReport report, UnrankedUnit unit) => $"{report.PolicyName} ({report.PolicyId}): {unit.UnitId} {unit.Code}: {unit.Message}";

    private static AwardEntry Ranked(RankedUnit unit, AwardResult result)
    {
        var quota = result.RoundedQuota.ToString(CultureInfo.InvariantCulture);
        var reason = (unit.IsAwarded, unit.IsTiedAtCutOff) switch
        {
            (true, false) => $"rank {unit.Rank.ToString(CultureInfo.InvariantCulture)}, within the quota of {quota}",
            (true, true) => $"tied at the cut-off; {Tie(result.TieOutcome)}" + Place(unit),
            (false, true) => $"tied at the cut-off; {Tie(result.TieOutcome)}" + Place(unit),
            _ => result.CutOffScore is { } cut ? $"below the cut-off {PointsFormat.Format(cut)}" : "no place within the quota",
        };
        return new AwardEntry(unit.Rank, unit.UnitId, unit.UnitName, unit.Score, reason);
    }

    private static AwardEntry Unranked(UnrankedUnit unit) => new(0, unit.UnitId, unit.UnitName ?? string.Empty, unit.Score, $"{unit.Code}: {unit.Message}");

    private static string Place(RankedUnit unit) =>
        unit.TieBreakPosition is { } p ? $" (tie-break place {p.ToString(CultureInfo.InvariantCulture)})" : string.Empty;

    private static string Tie(TieOutcome outcome) => outcome switch
    {
        TieOutcome.AllTiedIncluded => "all tied units included, past the quota",
        TieOutcome.AllTiedExcluded => "all tied units excluded, short of the quota",
        TieOutcome.BrokenByTieBreakers => "separated by the tie-breakers",
        TieOutcome.StillTiedAfterTieBreakers => "still tied after every tie-breaker; all included",
        _ => "no tie at the cut-off",
    };

    private static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.School => "schools",
        UnitKind.StaffMember => "staff members",
        _ => "centres",
    };
}
