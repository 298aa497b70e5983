using System.Text;
using System.Text.Json;
using Rubric.Engine.Schema;

namespace Rubric.Engine.Tests.Docs;

// The code blocks of the "in code" sections of docs/integrators-guide.md are copied from the
// regions of this file; DocsSnippetsTests fails when the two drift apart. The expected scores are
// worked out by hand from the rules of the Panlong sheet, item by item, in the comments.
public class InCodeSamples
{
    /// <summary>An excerpt of the Panlong sheet with an item of every built-in kind: 12 points.</summary>
    private static RubricDefinition PanlongExcerpt()
    {
        #region snippet: rubric-builder
        var rubric = RubricDefinition.CreateBuilder("panlong-excerpt", "主题实践活动专项考核评分细则（节选）")
            .AddTask("t1", 1, "三项活动", 10, task => task
                .AddStage("t1.prep", "准备阶段", 2, stage => stage
                    // 未成立的扣1分: the whole item is lost when not met (loss defaults to the points).
                    .AddFlatItem("t1.1", 1, "成立领导小组及工作机构，有专人负责", 1)
                    // No eye-catching slogan or no noticeboard: the point is lost once, whichever fails.
                    .AddAnyOfItem("t1.4", 4, "通过标语、宣传栏等宣传", 1, [("slogan", "醒目标语"), ("noticeboard", "宣传栏")]))
                .AddStage("t1.impl", "实施阶段", 6, stage => stage
                    // 0.5 per person missing, capped at the points; none done loses all.
                    .AddPerUnitItem("t1.7", 7, "校级班子成员撰写1份党性分析材料", 2, rate: 0.5m, unit: "人")
                    .AddPerUnitItem("t1.9", 9, "校级班子成员进办公室、教室、教研", 2, rate: 0.2m)
                    // The assessor counts the visits; each one short of 20 loses 0.4.
                    .AddShortfallItem("t1.14", 14, "每学期走访学生20人次以上", 2, target: 20, rate: 0.4m))
                .AddStage("t1.sum", "总结阶段", 2, stage => stage
                    // The assessor awards 0 to 2 in steps of 0.5.
                    .AddJudgedItem("t1.17", 17, "得到上级部门的较高评价或表彰", 2, step: 0.5m)))
            .AddTask("t2", 2, "创先争优", 2, task => task
                .AddStage("t2.impl", "实施阶段", 2, stage => stage
                    // Named levels, each with its loss: late −1, not submitted −2.
                    .AddTieredItem("t2.6", 6, "按时上报统计表材料", 2,
                        [("onTime", "按时上报", 0m), ("late", "没有按时上报", 1m), ("notSubmitted", "未交", 2m)])))
            .Build();
        #endregion

        return rubric;
    }

    /// <summary>The columns of school-01: the assessor's observations and the scores the school typed itself.</summary>
    private static (Observation[] Self, Observation[] Assessor) SchoolColumns()
    {
        #region snippet: observations
        Observation[] assessor =
        [
            Observation.Met("t1.1", true),                                            // flat: met
            Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", false)), // any-of: no noticeboard
            Observation.Missing("t1.7", 1),                                           // per-unit: 1 person missing
            Observation.NoneDone("t1.9"),                                             // per-unit: none done at all
            Observation.Achieved("t1.14", 17),                                        // shortfall: 17 of 20
            Observation.Awarded("t1.17", 1.5m),                                       // judged: 1.5 of 2
            Observation.Level("t2.6", "late"),                                        // tiered: a level's id
        ];

        // The school's self-assessment (自查分) as typed on the sheet: a score per item, and for
        // t1.9 also what it counted, which scoring checks against the score.
        Observation[] self =
        [
            Observation.Scored("t1.1", 1m),
            Observation.Scored("t1.4", 1m),
            Observation.Scored("t1.7", 2m),
            Observation.Scored("t1.9", 1.4m, observed: Observation.Missing("t1.9", 3)),
            Observation.Scored("t1.14", 2m),
            Observation.Scored("t1.17", 2m),
            Observation.Scored("t2.6", 2m),
        ];
        #endregion

        return (self, assessor);
    }

    /// <summary>What a host does with the columns of a form: make the assessment and score it, or say why not.</summary>
    private static List<string> ScoreForm(RubricDefinition rubric, Observation[] self, Observation[] assessor)
    {
        #region snippet: assessment-from-user-data
        AssessmentResult created = Assessment.Create("school-01", AssessmentRound.Annual, self, assessor,
            unitName: "盘龙镇云溪小学", rubricId: rubric.Id, date: new DateOnly(2011, 12, 15), assessedBy: "盘龙镇教管中心考核组");
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(error => error.ToString())];
        }

        ScoringResult scored = ScoringEngine.Default.Score(rubric, created.Assessment);
        if (!scored.Succeeded)
        {
            return [.. scored.Errors.Select(error => error.ToString())];
        }

        Scorecard card = scored.Scorecard;
        return [$"{card.Assessment.UnitName}: self {PointsFormat.Format(card.Total.Self!.Value)}, assessor {PointsFormat.Format(card.Score)}"];
        #endregion
    }

    [Fact]
    public void RubricBuilder_EveryKindOfItem_AddsUpToTheDeclaredPoints()
    {
        var rubric = PanlongExcerpt();

        Assert.Equal(12m, rubric.Points);
        Assert.Equal(
            ["flat", "anyOf", "perUnit", "perUnit", "shortfall", "judged", "tiered"],
            rubric.Items.Select(static item => item.Rule.Kind));
        Assert.All(rubric.Tasks.SelectMany(static t => t.Stages), static s => Assert.Equal(s.Points, s.Items.Sum(static i => i.Points)));
    }

    [Fact]
    public void Observations_ScoredAgainstTheExcerpt_GiveTheLossesWorkedOutByHand()
    {
        var (self, assessor) = SchoolColumns();
        var assessment = new Assessment("school-01", AssessmentRound.Annual, self, assessor);

        var card = ScoringEngine.Default.Score(PanlongExcerpt(), assessment).Scorecard!;

        // t1.4 −1 (no noticeboard), t1.7 −0.5 (1 × 0.5), t1.9 −2 (none done), t1.14 −1.2 (3 short × 0.4),
        // t1.17 −0.5 (1.5 of 2), t2.6 −1 (late): 12 − 6.2 = 5.8. The self column gives 12 − 0.6 = 11.4.
        Assert.Equal(
            [("t1.4", 1m), ("t1.7", 0.5m), ("t1.9", 2m), ("t1.14", 1.2m), ("t1.17", 0.5m), ("t2.6", 1m)],
            card.Deductions(ScoreSide.Assessor).Select(static d => (d.Item.Id, d.Amount)));
        Assert.Equal(new ScorePair(11.4m, 5.8m), card.Total);
        Assert.Equal(5.6m, card.Total.Gap);
        Assert.Equal(0.6m, card.Deductions(ScoreSide.Self).Single().Amount);
    }

    [Fact]
    public void AssessmentFromUserData_OneObservationPerItem_Scores()
    {
        var (self, assessor) = SchoolColumns();

        var lines = ScoreForm(PanlongExcerpt(), self, assessor);

        Assert.Equal(["盘龙镇云溪小学: self 11.4, assessor 5.8"], lines);
    }

    [Fact]
    public void AssessmentFromUserData_ItemEnteredTwice_ListsTheErrorInsteadOfThrowing()
    {
        var (self, assessor) = SchoolColumns();

        // A spreadsheet with the row of item 9 pasted twice in the assessor's column.
        var lines = ScoreForm(PanlongExcerpt(), self, [.. assessor, Observation.Missing("t1.9", 2)]);

        Assert.Equal(["RUB2008: item 't1.9' (assessor): 2 observations in the assessor column; expected one per item."], lines);
    }

    [Fact]
    public void AssessmentFromUserData_ValueOutOfRange_ListsTheScoringErrorTheSameWay()
    {
        var (self, assessor) = SchoolColumns();

        var lines = ScoreForm(PanlongExcerpt(), self, [.. assessor.Where(static o => o.ItemId != "t1.17"), Observation.Awarded("t1.17", 3m)]);

        var line = Assert.Single(lines);
        Assert.StartsWith("RUB2004: item 't1.17' (assessor): 'awarded' is 3;", line, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAssessments_JsonAndJsonLines_LoadBackAndScoreTheSame()
    {
        var (self, assessor) = SchoolColumns();
        var rubric = PanlongExcerpt();
        var assessment = Assessment.Create("school-01", AssessmentRound.Annual, self, assessor, unitName: "盘龙镇云溪小学", rubricId: rubric.Id).Assessment!;
        var second = new Assessment("school-02", AssessmentRound.SelfAssessment, self, null) { RubricId = rubric.Id };
        var collected = new[] { assessment, second };

        #region snippet: write-assessments
        // One document, as `rubric score` and RubricLoader.LoadAssessment read it.
        using var file = new MemoryStream();
        using (var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true }))
        {
            AssessmentWriter.Write(writer, assessment);
        }

        // Or a whole collection as JSON Lines, one assessment a line, for RubricLoader.ReadAssessmentLines.
        using var batch = new MemoryStream();
        AssessmentWriter.WriteLines(batch, collected);
        #endregion

        var json = Encoding.UTF8.GetString(file.ToArray());
        Assert.Contains("\"score\": 1.4", json, StringComparison.Ordinal);
        var loader = new RubricLoader();
        var loaded = loader.ParseAssessment(file.ToArray());
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Equal(new ScorePair(11.4m, 5.8m), ScoringEngine.Default.Score(rubric, loaded.Value).Scorecard!.Total);

        batch.Position = 0;
        var lines = loader.ReadAssessmentLines(batch).ToArray();
        Assert.Equal(["school-01", "school-02"], lines.Select(static l => l.Value!.UnitId));
        Assert.Equal([5.8m, 11.4m], lines.Select(l => ScoringEngine.Default.Score(rubric, l.Value!).Scorecard!.Score));
    }
}
