using Rubric.Cli.Inputs;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Support;

/// <summary>A small rubric with every built-in rule kind, and assessments of it, built in-process.</summary>
internal static class TestRubrics
{
    public static RubricDefinition Demo() => RubricDefinition.CreateBuilder("demo", "演示评分细则")
        .WithPoints(10)
        .AddTask("t1", 1, "三项活动", 10, task => task
            .AddStage("t1.prep", "准备阶段", 3, stage => stage
                .AddFlatItem("t1.1", 1, "成立领导小组, 有专人负责", 1)
                .AddAnyOfItem("t1.4", 4, "有醒目标语和\"宣传栏\"", 1, [("slogan", "醒目标语"), ("noticeboard", "宣传栏")])
                .AddTieredItem("t1.6", 6, "按时上报统计", 1, [("ontime", "按时", 0m), ("late", "迟交", 0.5m), ("missing", "未交", 1m)]))
            .AddStage("t1.impl", "实施阶段", 7, stage => stage
                .AddPerUnitItem("t1.7", 7, "党性分析", 2, rate: 0.5m, unit: "人")
                .AddShortfallItem("t1.13", 13, "走访教职工", 3, target: 20, rate: 0.2m)
                .AddJudgedItem("t1.16", 16, "群众口碑好", 2)))
        .Build();

    public static Observation[] Perfect() =>
    [
        Observation.Met("t1.1", true),
        Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", true)),
        Observation.Level("t1.6", "ontime"),
        Observation.Missing("t1.7", 0),
        Observation.Achieved("t1.13", 20),
        Observation.Awarded("t1.16", 2m),
    ];

    /// <summary>Loses 1 + 1 + 0.5 + 0.5 + 0.6 + 0.5 = 4.1 in the assessor column: 5.9 of 10.</summary>
    public static Observation[] Flawed() =>
    [
        Observation.Met("t1.1", false),
        Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", false)),
        Observation.Level("t1.6", "late"),
        Observation.Missing("t1.7", 1),
        Observation.Achieved("t1.13", 17),
        Observation.Awarded("t1.16", 1.5m),
    ];

    public static Assessment School01() => new("school-01", AssessmentRound.Annual, Perfect(), Flawed())
    {
        UnitName = "盘龙镇中心小学, 东校区",
        RubricId = "demo",
        Date = new DateOnly(2011, 12, 15),
    };

    public static Assessment School02() => new("school-02", AssessmentRound.Annual, Perfect(), Perfect()) { UnitName = "盘龙镇第二小学", RubricId = "demo" };

    /// <summary>A negative count: cannot be scored (RUB2004 at /assessor/t1.7/missing).</summary>
    public static Assessment Broken() => new("school-03", AssessmentRound.Annual, Perfect(), [.. Perfect().Where(o => o.ItemId != "t1.7"), Observation.Missing("t1.7", -1)]);

    public static AssessmentRecord Record(Assessment assessment, string source = "batch.jsonl", int line = 1) =>
        new(source, line, assessment, []);
}
