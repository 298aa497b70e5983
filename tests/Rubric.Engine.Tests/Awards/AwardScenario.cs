namespace Rubric.Engine.Tests.Awards;

/// <summary>
/// A small rubric, roster and assessments for the award tests. Scores are set through two judged
/// items (t1.1 and t1.2, 10 points each) and four flat items (t2.1–t2.4, 5 points each), so a unit
/// scores judged + judged + 5 × flat items met, out of 40.
/// </summary>
internal static class AwardScenario
{
    public const string Centre = "c1";

    public static readonly ScoringEngine VetoEngine = ScoringEngine.CreateBuilder()
        .AddVeto(new VetoOptions { ItemId = "t2.1", Scope = AdjustmentScope.Total })
        .Build();

    public static RubricDefinition Sheet(params AwardPolicy[] policies)
    {
        var builder = RubricDefinition.CreateBuilder("awards-demo", "Awards demo sheet")
            .AddTask("t1", 1, "三项活动", 20, task => task
                .AddStage("t1.prep", "准备阶段", 10, stage => stage.AddJudgedItem("t1.1", 1, "准备", 10))
                .AddStage("t1.impl", "实施阶段", 10, stage => stage.AddJudgedItem("t1.2", 2, "实施", 10)))
            .AddTask("t2", 2, "创先争优", 20, task => task
                .AddStage("t2.prep", "准备阶段", 20, stage => stage
                    .AddFlatItem("t2.1", 1, "成立领导小组", 5)
                    .AddFlatItem("t2.2", 2, "制定工作方案", 5)
                    .AddFlatItem("t2.3", 3, "召开动员会", 5)
                    .AddFlatItem("t2.4", 4, "落实经费", 5)));
        foreach (var policy in policies)
        {
            builder.AddAwardPolicy(policy);
        }

        return builder.Build();
    }

    public static AwardPolicy Policy(
        AwardQuota? quota = null,
        QuotaRounding rounding = QuotaRounding.Nearest,
        TiePolicy? ties = null,
        AwardEligibility? eligibility = null,
        UnitKind unitKind = UnitKind.School) =>
        new("advanced-collective", "先进集体", unitKind, quota ?? AwardQuota.OfPercent(25), rounding, ties ?? TiePolicy.IncludeAll, eligibility);

    public static TiePolicy Break(params TieBreaker[] breakers) => new(TieResolution.BreakTies, breakers);

    /// <summary>The assessor column: t1.1 and t1.2 awarded, the first <paramref name="flatsLost"/> flat items not met.</summary>
    public static Observation[] Column(decimal t11, decimal t12, int flatsLost = 0) =>
    [
        Observation.Awarded("t1.1", t11),
        Observation.Awarded("t1.2", t12),
        .. Enumerable.Range(1, 4).Select(k => Observation.Met("t2." + k, k > flatsLost)),
    ];

    public static Assessment Assessed(string unitId, decimal t11, decimal t12, int flatsLost = 0, AssessmentRound round = AssessmentRound.Annual, Observation[]? self = null) =>
        new(unitId, round, self, Column(t11, t12, flatsLost));

    /// <summary>An assessment that cannot be scored: t1.1 is awarded more than its 10 points (RUB2004).</summary>
    public static Assessment Broken(string unitId) =>
        new(unitId, AssessmentRound.Annual, null, [Observation.Awarded("t1.1", 11m), Observation.Awarded("t1.2", 1m), .. Column(0, 0)[2..]]);

    public static ScoringResult Score(RubricDefinition rubric, Assessment assessment, ScoringEngine? engine = null) =>
        (engine ?? ScoringEngine.Default).Score(rubric, assessment);

    /// <summary>A county with no schools of its own and one centre <see cref="Centre"/> with the given schools.</summary>
    public static Roster Roster(params string[] schoolIds) =>
        new([new AssessingBody("county", "县教工委", BodyKind.County, bodies:
        [
            new AssessingBody(Centre, "盘龙镇教管中心", BodyKind.Centre, schoolIds.Select(id => new RosterUnit(id, "学校 " + id, UnitKind.School))),
        ])]);

    /// <summary>Schools s01…sNN.</summary>
    public static string[] Schools(int count) => [.. Enumerable.Range(1, count).Select(i => "s" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Scores each unit with a total of <paramref name="scores"/>[i] by its judged items alone (every flat item met).</summary>
    public static AwardResult Run(AwardPolicy policy, IReadOnlyList<decimal> scores, ScoringEngine? engine = null)
    {
        var ids = Schools(scores.Count);
        var rubric = Sheet(policy);
        var results = ids.Select((id, i) => Score(rubric, Assessed(id, Math.Min(10m, scores[i] - 20m), Math.Max(0m, scores[i] - 30m)), engine));
        return AwardCalculator.Calculate(policy, Roster(ids), results).ForBody(Centre)!;
    }

    public static string[] Ids(IEnumerable<RankedUnit> units) => [.. units.Select(static u => u.UnitId)];

    public static string[] Ids(IEnumerable<UnrankedUnit> units) => [.. units.Select(static u => u.UnitId)];
}
