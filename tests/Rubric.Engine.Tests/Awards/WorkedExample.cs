using Rubric.Engine.Tests.Docs;

namespace Rubric.Engine.Tests.Awards;

/// <summary>The worked example of docs/awards.md: 先进集体 = 25 % of the 7 schools of 盘龙镇教管中心.</summary>
internal static class WorkedExample
{
    // The policy and the roster are the code samples of docs/awards.md, so the documentation shows exactly what is tested.
    public static readonly AwardPolicy Policy = AwardsSamples.AdvancedCollective();

    public static readonly RubricDefinition Rubric = RubricDefinition.CreateBuilder("panlong-demo", "专项考核评分细则")
        .AddTask("t1", 1, "三项活动", 25, task => task
            .AddStage("t1.s", "实施阶段", 25, stage => stage.AddJudgedItem("t1.1", 1, "三项活动", 25)))
        .AddTask("t2", 2, "其余工作", 75, task => task
            .AddStage("t2.s", "实施阶段", 75, stage => stage.AddJudgedItem("t2.1", 1, "其余工作", 75)))
        .AddAwardPolicy(Policy)
        .Build();

    public static readonly Roster Roster = AwardsSamples.WorkedExampleRoster();

    public static ScoringResult[] Results() => [.. Assessments().Select(static a => ScoringEngine.Default.Score(Rubric, a))];

    /// <summary>The annual assessments: task 1 and the rest of the sheet as two judged items.</summary>
    public static Assessment[] Assessments() =>
    [
        Annual("s1", 25m, 67m),
        Annual("s2", 24m, 64.5m),
        Annual("s3", 22.5m, 66m),
        Annual("s4", 20m, 65m),
        Annual("s5", 19m, 60m),
        Annual("s6", 18.5m, 40m),
        Annual("s7", 26m, 60m), // 26 of 25 points: RUB2004
    ];

    private static Assessment Annual(string unitId, decimal t1, decimal t2) =>
        new(unitId, AssessmentRound.Annual, null, [Observation.Awarded("t1.1", t1), Observation.Awarded("t2.1", t2)]);
}
