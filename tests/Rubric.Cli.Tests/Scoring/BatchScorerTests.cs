using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Cli.Scoring;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Tests.Scoring;

public class BatchScorerTests
{
    [Fact]
    public void Run_BadRecordAmongGood_ReportedWithFileAndLineOthersScored()
    {
        var errors = new StringWriter();
        var collected = new CollectingScorecardWriter();
        var locations = new Dictionary<string, (int, int)>(StringComparer.Ordinal) { ["/assessor/t1.7/missing"] = (2, 57) };
        AssessmentRecord[] records =
        [
            TestRubrics.Record(TestRubrics.School01(), "batch.jsonl", 1),
            new("batch.jsonl", 2, TestRubrics.Broken(), [], p => locations.TryGetValue(p, out var at) ? at : null),
            TestRubrics.Record(TestRubrics.School02(), "batch.jsonl", 3),
        ];

        var summary = new BatchScorer(ScoringEngine.Default, errors).Run(TestRubrics.Demo(), records, collected);

        Assert.Equal(["school-01", "school-02"], collected.Scorecards.Select(s => s.UnitId));
        Assert.Equal((3, 2, 1), (summary.Read, summary.Scored, summary.Rejected));
        Assert.Equal(
            "batch.jsonl(2,57): error RUB2004: 'missing' is -1; expected a whole number of 0 or more. [at /assessor/t1.7/missing]",
            errors.ToString().Trim());
    }

    [Fact]
    public void Run_ManyRecords_CsvAndErrorsInInputOrder()
    {
        static Assessment AssessmentOf(int n) => n % 97 == 0 ? TestRubrics.Broken() : n % 2 == 0 ? TestRubrics.School01() : TestRubrics.School02();
        var records = Enumerable.Range(1, 1000).Select(static n => TestRubrics.Record(AssessmentOf(n), "many.jsonl", n)).ToList();
        var batchErrors = new StringWriter();
        var batchCsv = new StringWriter();

        var summary = new BatchScorer(ScoringEngine.Default, batchErrors).Run(TestRubrics.Demo(), records, new CsvScorecardWriter(batchCsv, explain: true, ExplanationLanguage.Chinese));

        var plan = ScoringEngine.Default.Compile(TestRubrics.Demo());
        var sequentialCsv = new StringWriter();
        var writer = new CsvScorecardWriter(sequentialCsv, explain: true, ExplanationLanguage.Chinese);
        writer.Begin(TestRubrics.Demo());
        foreach (var n in Enumerable.Range(1, 1000).Where(static n => n % 97 != 0))
        {
            writer.Write(plan.Score(AssessmentOf(n)).Scorecard!);
        }

        writer.End();
        Assert.Equal((1000, 990, 10), (summary.Read, summary.Scored, summary.Rejected));
        Assert.Equal(sequentialCsv.ToString(), batchCsv.ToString());
        Assert.Equal(
            Enumerable.Range(1, 1000).Where(static n => n % 97 == 0).Select(static n => $"many.jsonl({n},1)"),
            batchErrors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Run_RecordsArrivingOneByOne_EachWrittenBeforeTheNextIsRead()
    {
        var collected = new CollectingScorecardWriter();
        var writtenWhenRead = new List<int>();
        IEnumerable<AssessmentRecord> Records()
        {
            for (var n = 1; n <= 3; n++)
            {
                writtenWhenRead.Add(collected.Scorecards.Count);
                yield return TestRubrics.Record(TestRubrics.School02(), "-", n);
            }
        }

        var summary = new BatchScorer(ScoringEngine.Default, TextWriter.Null).Run(TestRubrics.Demo(), Records(), collected);

        Assert.Equal([0, 1, 2], writtenWhenRead);
        Assert.Equal(3, summary.Scored);
    }

    [Fact]
    public void Run_RecordThatDidNotLoad_RejectedWithItsDiagnostics()
    {
        var errors = new StringWriter();
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "RUB1001", "Unexpected end of data.", "batch.jsonl", 4, 12, string.Empty);
        AssessmentRecord[] records = [new("batch.jsonl", 4, null, [diagnostic])];

        var summary = new BatchScorer(ScoringEngine.Default, errors).Run(TestRubrics.Demo(), records, new CollectingScorecardWriter());

        Assert.Equal((1, 0, 1), (summary.Read, summary.Scored, summary.Rejected));
        Assert.Equal("batch.jsonl(4,12): error RUB1001: Unexpected end of data.", errors.ToString().Trim());
    }

    [Fact]
    public void Run_ScoringErrorWithNoKnownLocation_ReportedAtTheRecordsLine()
    {
        var errors = new StringWriter();

        new BatchScorer(ScoringEngine.Default, errors).Run(TestRubrics.Demo(), [TestRubrics.Record(TestRubrics.Broken(), "b.jsonl", 7)], new CollectingScorecardWriter());

        Assert.StartsWith("b.jsonl(7,1): error RUB2004:", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WholeColumnMissing_RepeatedCodeSummedUpAfterFive()
    {
        var errors = new StringWriter();
        var rubric = RubricDefinition.CreateBuilder("eight", "Eight items")
            .AddTask("t1", 1, "任务", 8, task => task.AddStage("t1.s", "阶段", 8, stage =>
            {
                for (var i = 1; i <= 8; i++)
                {
                    stage.AddFlatItem("t1." + i, i, "项目" + i, 1);
                }
            }))
            .Build();
        var onlyOne = new Assessment("school-04", AssessmentRound.Annual, null, [Observation.Met("t1.1", true)]);

        new BatchScorer(ScoringEngine.Default, errors).Run(rubric, [TestRubrics.Record(onlyOne, "a.json", 3)], new CollectingScorecardWriter());

        var lines = errors.ToString().ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.All(lines[..5], l => Assert.Contains("error RUB2001: No observation for item", l, StringComparison.Ordinal));
        Assert.Equal("a.json(3,1): error RUB2001: ... and 2 more like this in the same record.", lines[5]);
    }

    [Fact]
    public void Run_ManyRecords_SummaryAlwaysAddsUp()
    {
        var records = Enumerable.Range(0, 250).Select(i => TestRubrics.Record(i % 7 == 0 ? TestRubrics.Broken() : TestRubrics.School02(), "b.jsonl", i + 1));

        var summary = new BatchScorer(ScoringEngine.Default, TextWriter.Null).Run(TestRubrics.Demo(), records, new CollectingScorecardWriter());

        Assert.Equal(250, summary.Read);
        Assert.Equal(36, summary.Rejected);
        Assert.Equal(summary.Read, summary.Scored + summary.Rejected);
        Assert.Equal("rubric score: read 250, scored 214, rejected 36.", summary.ToString());
    }
}
