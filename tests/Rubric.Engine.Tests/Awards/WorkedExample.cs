namespace Rubric.Engine.Tests.Awards;

/// <summary>The worked example of docs/awards.md: 先进集体 = 25 % of the 7 schools of 盘龙镇教管中心.</summary>
internal static class WorkedExample
{
    public static readonly AwardPolicy Policy = new(
        "advanced-collective",
        "先进集体",
        UnitKind.School,
        AwardQuota.OfPercent(25),
        QuotaRounding.Nearest,
        new TiePolicy(TieResolution.BreakTies, [new TieBreaker(TieBreakerKind.TaskScore, "t1"), new TieBreaker(TieBreakerKind.FewerItemsLost)]),
        new AwardEligibility { MinimumScore = 60m, ExcludeVetoed = true, RequiredRound = AssessmentRound.Annual });

    public static readonly RubricDefinition Rubric = RubricDefinition.CreateBuilder("panlong-demo", "专项考核评分细则")
        .AddTask("t1", 1, "三项活动", 25, task => task
            .AddStage("t1.s", "实施阶段", 25, stage => stage.AddJudgedItem("t1.1", 1, "三项活动", 25)))
        .AddTask("t2", 2, "其余工作", 75, task => task
            .AddStage("t2.s", "实施阶段", 75, stage => stage.AddJudgedItem("t2.1", 1, "其余工作", 75)))
        .AddAwardPolicy(Policy)
        .Build();

    public static readonly Roster Roster = new(
    [
        new AssessingBody("county", "县教工委", BodyKind.County, bodies:
        [
            new AssessingBody("panlong", "盘龙镇教管中心", BodyKind.Centre,
            [
                new RosterUnit("s1", "盘龙小学", UnitKind.School),
                new RosterUnit("s2", "双河小学", UnitKind.School),
                new RosterUnit("s3", "青杠小学", UnitKind.School),
                new RosterUnit("s4", "白岩小学", UnitKind.School),
                new RosterUnit("s5", "新华小学", UnitKind.School),
                new RosterUnit("s6", "石桥小学", UnitKind.School),
                new RosterUnit("s7", "盘龙中学", UnitKind.School),
            ]),
        ]),
    ]);

    public static ScoringResult[] Results() =>
    [
        Score("s1", 25m, 67m),
        Score("s2", 24m, 64.5m),
        Score("s3", 22.5m, 66m),
        Score("s4", 20m, 65m),
        Score("s5", 19m, 60m),
        Score("s6", 18.5m, 40m),
        Score("s7", 26m, 60m), // 26 of 25 points: RUB2004
    ];

    private static ScoringResult Score(string unitId, decimal t1, decimal t2) =>
        ScoringEngine.Default.Score(Rubric, new Assessment(unitId, AssessmentRound.Annual, null, [Observation.Awarded("t1.1", t1), Observation.Awarded("t2.1", t2)]));
}
