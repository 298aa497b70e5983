namespace Rubric.Engine.Tests.Support;

/// <summary>Rubrics and assessments shared by the tests.</summary>
internal static class TestRubrics
{
    /// <summary>A rubric of one task, one stage and the given items.</summary>
    public static RubricDefinition Of(params Item[] items) => Of(MissingObservationPolicy.Error, items);

    public static RubricDefinition Of(MissingObservationPolicy policy, params Item[] items)
    {
        var points = items.Sum(static i => i.Points);
        return RubricDefinition.CreateBuilder("r", "Test rubric")
            .WithMissingObservations(policy)
            .AddTask(new RubricTask("t", 1, "Task", points, [new Stage("s", "Stage", points, items)]))
            .Build();
    }

    public static Assessment AssessorOnly(params Observation[] observations) =>
        new("school-01", AssessmentRound.Annual, self: null, assessor: observations);

    public static Assessment SelfOnly(params Observation[] observations) =>
        new("school-01", AssessmentRound.SelfAssessment, self: observations, assessor: null);

    /// <summary>Scores one item with one assessor observation on the default engine.</summary>
    public static ScoringResult ScoreOne(Item item, Observation observation) =>
        ScoringEngine.Default.Score(Of(item), AssessorOnly(observation));

    /// <summary>The seed's task 1 (三项活动, 25 points) and the start of task 2 (创先争优), transcribed as far as the tests need.</summary>
    public static RubricDefinition Seed(MissingObservationPolicy policy = MissingObservationPolicy.Error) =>
        RubricDefinition.CreateBuilder("panlong-theme-practice", "主题实践活动专项考核评分细则")
            .WithPoints(100)
            .WithMissingObservations(policy)
            .MarkIncomplete("Task 2 breaks off at item 11; 50 points are not in the source.")
            .AddTask("t1", 1, "三项活动", 25, task => task
                .AddStage("t1.prep", "准备阶段", 5, stage => stage
                    .AddFlatItem("t1.1", 1, "成立领导小组", 1)
                    .AddFlatItem("t1.2", 2, "制定工作方案", 1)
                    .AddFlatItem("t1.3", 3, "召开动员大会", 1)
                    .AddAnyOfItem("t1.4", 4, "标语、宣传栏", 1, [("slogan", "醒目标语"), ("noticeboard", "宣传栏")])
                    .AddFlatItem("t1.5", 5, "落实活动经费", 1))
                .AddStage("t1.impl", "实施阶段", 15, stage => stage
                    .AddFlatItem("t1.6", 6, "三进三同三解决", 1)
                    .AddPerUnitItem("t1.7", 7, "党性分析材料", 2, rate: 0.5m, unit: "人")
                    .AddFlatItem("t1.8", 8, "党课", 1)
                    .AddPerUnitItem("t1.9", 9, "进办公室、教室、教研", 2, rate: 0.2m)
                    .AddPerUnitItem("t1.10", 10, "走访帮扶对象", 2, rate: 0.2m)
                    .AddPerUnitItem("t1.11", 11, "留守儿童帮扶计划", 1, rate: 0.2m, unit: "人")
                    .AddPerUnitItem("t1.12", 12, "关爱留守儿童", 2, rate: 0.5m)
                    .AddShortfallItem("t1.13", 13, "走访教职工家庭", 1, target: 20, rate: 0.2m)
                    .AddShortfallItem("t1.14", 14, "走访学生", 2, target: 20, rate: 0.4m)
                    .AddFlatItem("t1.15", 15, "信访稳定", 1))
                .AddStage("t1.sum", "总结阶段", 5, stage => stage
                    .AddJudgedItem("t1.16", 16, "社会形象良好", 2)
                    .AddJudgedItem("t1.17", 17, "上级表彰", 2)
                    .AddJudgedItem("t1.18", 18, "特色创新", 1)))
            .AddTask("t2", 2, "创先争优", 25, task => task
                .AddStage("t2.impl", "实施阶段", 15, stage => stage
                    .AddTieredItem("t2.6", 6, "按时上报统计表", 2, [("onTime", "按时上报", 0m), ("late", "没有按时上报", 1m), ("notSubmitted", "未交", 2m)])))
            .Build();

    /// <summary>A full, valid column for <see cref="Seed"/>: everything done.</summary>
    public static Observation[] SeedAllDone() =>
    [
        Observation.Met("t1.1", true), Observation.Met("t1.2", true), Observation.Met("t1.3", true),
        Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", true)), Observation.Met("t1.5", true),
        Observation.Met("t1.6", true), Observation.Missing("t1.7", 0), Observation.Met("t1.8", true),
        Observation.Missing("t1.9", 0), Observation.Missing("t1.10", 0), Observation.Missing("t1.11", 0),
        Observation.Missing("t1.12", 0), Observation.Achieved("t1.13", 20), Observation.Achieved("t1.14", 25),
        Observation.Met("t1.15", true), Observation.Awarded("t1.16", 2), Observation.Awarded("t1.17", 2),
        Observation.Awarded("t1.18", 1), Observation.Level("t2.6", "onTime"),
    ];

    /// <summary><see cref="SeedAllDone"/> with the given observations replacing those of the same item.</summary>
    public static Observation[] SeedWith(params Observation[] replacements) =>
        [.. SeedAllDone().Select(o => replacements.FirstOrDefault(r => r.ItemId == o.ItemId) ?? o)];
}
