using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Cli.Scoring;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Scoring;

public class ScoreRunTests
{
    private static Func<IReadOnlyList<string>, Action<long>?, IRecordSource> Records(params Assessment[] assessments) =>
        (_, _) => new RecordList(assessments.Select((a, i) => TestRubrics.Record(a, "batch.jsonl", i + 1)));

    [Fact]
    public void Execute_OutFile_WrittenAtomicallyNothingOnStdout()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.csv");
        File.WriteAllText(path, "previous run");
        var (context, stdout, stderr) = CliRun.Context();

        var code = ScoreRun.Execute(context, TestRubrics.Demo(), [], Records(TestRubrics.School01(), TestRubrics.School02()), new ScoreSettings(ScoreFormat.Csv, false, ExplanationLanguage.English, path));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.StartsWith("unit,name,round,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(folder.Path));
        Assert.Equal("rubric score: read 2, scored 2, rejected 0.", stderr.ToString().Trim());
    }

    [Fact]
    public void Execute_RejectedRecord_ExitOneOthersWritten()
    {
        var (context, stdout, stderr) = CliRun.Context();

        var code = ScoreRun.Execute(context, TestRubrics.Demo(), [], Records(TestRubrics.School01(), TestRubrics.Broken(), TestRubrics.School02()), new ScoreSettings(ScoreFormat.Csv, false, ExplanationLanguage.English, null));

        Assert.Equal(1, code);
        Assert.Equal(3, stdout.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("batch.jsonl(2,1): error RUB2004:", stderr.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("rubric score: read 3, scored 2, rejected 1.", stderr.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_Redirected_NoProgressBarAndNoAnsiEscapes()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, static () => Stream.Null) { IsOutputTerminal = false, IsErrorTerminal = false, ProgressThresholdBytes = 0 };

        ScoreRun.Execute(context, TestRubrics.Demo(), [], Records(TestRubrics.School01()), new ScoreSettings(ScoreFormat.Table, true, ExplanationLanguage.English, null));

        Assert.DoesNotContain('\u001b', stdout.ToString());
        Assert.DoesNotContain('\u001b', stderr.ToString());
        Assert.DoesNotContain("scoring 评分", stderr.ToString(), StringComparison.Ordinal);
    }
}
