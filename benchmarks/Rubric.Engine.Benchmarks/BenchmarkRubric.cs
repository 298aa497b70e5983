using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The rubric every scoring benchmark uses: 36 items in two 18-item tasks shaped like task 1 of
/// the Panlong sheet (5 preparation, 10 implementation, 3 summary items), covering all six rule
/// kinds, plus seeded random valid assessments with BOTH columns (self and assessor) filled, as
/// in the real sheet.
/// </summary>
public static class BenchmarkRubric
{
    /// <summary>The fixed seed, so every run (and every competitor) scores the same data.</summary>
    public const int Seed = 20111215;

    /// <summary>How many distinct assessments are generated; larger batches cycle through them.</summary>
    public const int DistinctAssessments = 1_000;

    public static RubricDefinition Build()
    {
        var builder = RubricDefinition.CreateBuilder("bench-36", "Benchmark sheet: two tasks shaped like 三项活动");
        for (var t = 1; t <= 2; t++)
        {
            var p = "t" + t + ".";
            var task = t;
            builder.AddTask("t" + t, t, t == 1 ? "三项活动" : "创先争优", 25, tb => tb
                .AddStage(p + "prep", "准备阶段", 5, s => s
                    .AddFlatItem(p + "1", 1, "成立领导小组", 1)
                    .AddFlatItem(p + "2", 2, "制定工作方案", 1)
                    .AddFlatItem(p + "3", 3, "召开动员会", 1)
                    .AddAnyOfItem(p + "4", 4, "醒目标语及宣传栏", 1, [("slogan", "醒目标语"), ("noticeboard", "宣传栏")])
                    .AddFlatItem(p + "5", 5, "落实经费", 1))
                .AddStage(p + "impl", "实施阶段", 15, s =>
                {
                    // Task 1 item 6 is flat; task 2 item 6 (statistics on time) is tiered.
                    if (task == 1)
                    {
                        s.AddFlatItem(p + "6", 6, "三进三同三解决", 1);
                    }
                    else
                    {
                        s.AddTieredItem(p + "6", 6, "按时上报统计", 1, [("onTime", "按时", 0m), ("late", "迟交", 0.5m), ("missing", "未交", 1m)]);
                    }

                    s.AddPerUnitItem(p + "7", 7, "党性分析", 2, rate: 0.5m, unit: "人")
                     .AddFlatItem(p + "8", 8, "讲党课", 1)
                     .AddPerUnitItem(p + "9", 9, "进办公室、教室", 2, rate: 0.2m)
                     .AddPerUnitItem(p + "10", 10, "走访帮扶家庭", 2, rate: 0.2m)
                     .AddPerUnitItem(p + "11", 11, "留守儿童帮扶计划", 1, rate: 0.2m, unit: "人")
                     .AddPerUnitItem(p + "12", 12, "关爱留守儿童", 2, rate: 0.5m)
                     .AddShortfallItem(p + "13", 13, "走访教职工", 1, target: 20, rate: 0.2m)
                     .AddShortfallItem(p + "14", 14, "走访学生", 2, target: 20, rate: 0.4m)
                     .AddFlatItem(p + "15", 15, "信访维稳", 1);
                })
                .AddStage(p + "sum", "总结阶段", 5, s => s
                    .AddJudgedItem(p + "16", 16, "群众口碑", 2, step: 0.5m)
                    .AddJudgedItem(p + "17", 17, "上级表扬", 2, step: 0.5m)
                    .AddJudgedItem(p + "18", 18, "特色创新", 1, step: 0.5m)));
        }

        return builder.Build();
    }

    /// <summary>Seeded random valid assessments, both columns filled; the self column is a little rosier.</summary>
    public static Assessment[] Assessments(RubricDefinition rubric, int count = DistinctAssessments)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var random = new Random(Seed);
        var result = new Assessment[count];
        for (var n = 0; n < count; n++)
        {
            result[n] = new Assessment(
                "school-" + n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                AssessmentRound.Annual,
                self: Column(rubric, random, rosy: true),
                assessor: Column(rubric, random, rosy: false))
            {
                RubricId = rubric.Id,
            };
        }

        return result;
    }

    private static Observation[] Column(RubricDefinition rubric, Random random, bool rosy)
    {
        var good = rosy ? 0.9 : 0.75;
        var column = new Observation[rubric.Items.Count];
        for (var i = 0; i < column.Length; i++)
        {
            var item = rubric.Items[i];
            column[i] = item.Rule switch
            {
                FlatRule => Observation.Met(item.Id, random.NextDouble() < good),
                AnyOfRule => Observation.Conditions(item.Id, ("slogan", random.NextDouble() < good), ("noticeboard", random.NextDouble() < good)),
                PerUnitRule => random.NextDouble() < 0.08
                    ? Observation.NoneDone(item.Id)
                    : Observation.Missing(item.Id, random.NextDouble() < good ? 0 : random.Next(1, 12)),
                ShortfallRule => random.NextDouble() < 0.05
                    ? Observation.NoneDone(item.Id)
                    : Observation.Achieved(item.Id, random.NextDouble() < good ? random.Next(20, 40) : random.Next(0, 20)),
                TieredRule => Observation.Level(item.Id, random.NextDouble() < good ? "onTime" : random.NextDouble() < 0.5 ? "late" : "missing"),
                JudgedRule => Observation.Awarded(item.Id, random.Next(0, (int)(item.Points * 2) + 1) * 0.5m),
                _ => throw new InvalidOperationException("Unexpected rule kind " + item.Rule.Kind),
            };
        }

        return column;
    }
}
