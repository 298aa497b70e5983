using System.Globalization;

namespace Rubric.Engine;

/// <summary>
/// Applies award policies (先进集体, 先进个人) to scored assessments, body by body of a roster:
/// works out each body's quota, ranks its eligible units, awards down to the cut-off, resolves a
/// tie there by the policy, and accounts for every unit and every assessment it was given.
/// Stateless; needs no dependency injection.
/// </summary>
/// <example>
/// <code>
/// var results = assessments.Select(a => ScoringEngine.Default.Score(rubric, a)).ToList();
/// foreach (var report in AwardCalculator.Calculate(rubric, roster, results))
/// {
///     Console.WriteLine(report.Describe());
/// }
/// </code>
/// </example>
public static class AwardCalculator
{
    /// <summary>Applies every award policy of a rubric.</summary>
    /// <param name="rubric">The rubric whose <see cref="RubricDefinition.AwardPolicies"/> apply.</param>
    /// <param name="roster">The bodies and their units.</param>
    /// <param name="results">The scoring results of the units' assessments, successes and failures.</param>
    /// <returns>One report per policy, in the rubric's order.</returns>
    public static IReadOnlyList<AwardReport> Calculate(RubricDefinition rubric, Roster roster, IEnumerable<ScoringResult> results)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(roster);
        var list = Guard.Items(results, nameof(results));
        return [.. rubric.AwardPolicies.Select(p => Calculate(p, roster, list))];
    }

    /// <summary>Applies one award policy to every assessing body of a roster.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="roster">The bodies and their units.</param>
    /// <param name="results">The scoring results of the units' assessments, successes and failures.</param>
    /// <returns>One result per body, and the assessments outside every body's population.</returns>
    public static AwardReport Calculate(AwardPolicy policy, Roster roster, IEnumerable<ScoringResult> results)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(roster);
        var bodies = roster.AllBodies().ToArray();
        return Calculate(policy, bodies, bodies, Guard.Items(results, nameof(results)));
    }

    /// <summary>
    /// Applies a plan: each level's decided awards are drawn, by the bodies of that level only,
    /// from the assessments of the sheet the plan names for the award's kind of unit, in the round
    /// that counts for awards; an award to be announced is reported without a quota.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="roster">The bodies and their units.</param>
    /// <param name="results">The scoring results of the units' assessments, successes and failures, of any of the plan's sheets.</param>
    /// <returns>One outcome per award of every level, in the plan's order, and the assessments of sheets the plan does not name.</returns>
    public static PlanAwardsReport Calculate(AssessmentPlan plan, Roster roster, IEnumerable<ScoringResult> results)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(roster);
        var list = Guard.Items(results, nameof(results));
        var all = roster.AllBodies().ToArray();
        var outcomes = new List<PlanAwardOutcome>();
        foreach (var level in plan.Levels)
        {
            var bodies = all.Where(b => b.Kind == level.Body).ToArray();
            foreach (var award in level.Awards)
            {
                AwardReport? report = null;
                if (award.Policy is { } policy)
                {
                    var rubricId = plan.RubricFor(policy.UnitKind)!.RubricId;
                    var routed = list.Where(r => string.Equals(r.Assessment.RubricId, rubricId, StringComparison.Ordinal)).ToArray();
                    report = Calculate(InRound(policy, plan.AwardRound), all, bodies, routed);
                }

                outcomes.Add(new PlanAwardOutcome(level, award, report, bodies));
            }
        }

        var notRouted = list
            .Where(r => plan.RubricFor(r.Assessment.RubricId) is null)
            .Select(r => new UnrankedUnit(
                r.Assessment.UnitId,
                r.Assessment.UnitName,
                UnrankedReason.RubricNotInPlan,
                $"The assessment of '{r.Assessment.UnitId}' is for rubric '{r.Assessment.RubricId ?? "(none)"}', which plan '{plan.Id}' does not name ({string.Join(", ", plan.Rubrics.Select(static p => p.RubricId))}).",
                r.Scorecard?.Score,
                r.Assessment.Round))
            .ToArray();
        return new PlanAwardsReport(plan, outcomes, notRouted);
    }

    /// <summary>A plan's awards are decided on its counting round unless the policy itself names one.</summary>
    private static AwardPolicy InRound(AwardPolicy policy, AssessmentRound round) =>
        policy.Eligibility.RequiredRound is not null
            ? policy
            : new AwardPolicy(policy.Id, policy.Name, policy.UnitKind, policy.Quota, policy.Rounding, policy.Ties, new AwardEligibility
            {
                MinimumScore = policy.Eligibility.MinimumScore,
                ExcludeVetoed = policy.Eligibility.ExcludeVetoed,
                RequiredRound = round,
            });

    /// <param name="policy">The policy.</param>
    /// <param name="all">Every body of the roster, to say where an assessment outside the population belongs.</param>
    /// <param name="bodies">The bodies that name the award.</param>
    /// <param name="list">The scoring results.</param>
    private static AwardReport Calculate(AwardPolicy policy, AssessingBody[] all, AssessingBody[] bodies, ScoringResult[] list)
    {
        var byUnit = new Dictionary<string, List<ScoringResult>>(StringComparer.Ordinal);
        foreach (var result in list)
        {
            if (!byUnit.TryGetValue(result.Assessment.UnitId, out var units))
            {
                byUnit[result.Assessment.UnitId] = units = [];
            }

            units.Add(result);
        }

        var populationIds = new HashSet<string>(StringComparer.Ordinal);
        var bodyResults = new AwardResult[bodies.Length];
        for (var i = 0; i < bodies.Length; i++)
        {
            var population = bodies[i].Population(policy.UnitKind);
            populationIds.UnionWith(population.Select(static p => p.Id));
            bodyResults[i] = BodyCalculation.Run(policy, bodies[i], population, byUnit);
        }

        var outside = list
            .Where(r => !populationIds.Contains(r.Assessment.UnitId))
            .OrderBy(static r => r.Assessment.UnitId, StringComparer.Ordinal)
            .Select(r => Outside(policy, all, r))
            .ToArray();
        return new AwardReport(policy, bodyResults, outside);
    }

    private static UnrankedUnit Outside(AwardPolicy policy, AssessingBody[] bodies, ScoringResult result)
    {
        var id = result.Assessment.UnitId;
        var score = result.Scorecard?.Score;
        var round = result.Assessment.Round;
        var wanted = Describe(policy.UnitKind);
        if (bodies.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal)) is { } body)
        {
            var message = body.Kind == BodyKind.Centre && policy.UnitKind == UnitKind.Centre
                ? $"'{id}' is a centre that no county body of the roster ranks, so '{policy.Id}' cannot rank it."
                : $"'{id}' is on the roster as {(body.Kind == BodyKind.County ? "the county body" : "a centre")}, which is not a {wanted} ranked by '{policy.Id}'.";
            return new UnrankedUnit(id, body.Name, UnrankedReason.NotInPopulation, message, score, round);
        }

        foreach (var owner in bodies)
        {
            var unit = owner.Units.SelectMany(static u => u.Staff.Prepend(u)).FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.Ordinal));
            if (unit is not null)
            {
                var message = unit.Kind == policy.UnitKind
                    ? $"'{id}' is a {wanted} under {owner.Name} ({owner.Id}), a body that does not name '{policy.Id}'."
                    : $"'{id}' is on the roster as a {Describe(unit.Kind)}, not a {wanted} ranked by '{policy.Id}'.";
                return new UnrankedUnit(id, unit.Name, UnrankedReason.NotInPopulation, message, score, round);
            }
        }

        return new UnrankedUnit(id, result.Assessment.UnitName, UnrankedReason.NotOnRoster, $"The roster has no unit '{id}'; its assessment is not ranked by '{policy.Id}'.", score, round);
    }

    internal static string Describe(UnitKind kind) => kind switch
    {
        UnitKind.School => "school",
        UnitKind.StaffMember => "staff member",
        UnitKind.Centre => "centre",
        _ => kind.ToString(),
    };

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
