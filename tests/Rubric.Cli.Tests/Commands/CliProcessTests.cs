using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Commands;

/// <summary>The built program, run as a separate process with its output redirected.</summary>
public class CliProcessTests
{
    [Fact]
    public void Help_Redirected_ExitZeroPlainText()
    {
        var run = RubricProcess.Run(null, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("score — 评分", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public void UnknownCommand_Redirected_ExitTwo()
    {
        var run = RubricProcess.Run(null, "frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_Redirected_ExitOneNoStackTrace()
    {
        var run = RubricProcess.Run(null, "score", "no-such.rubric.json", "no-such.json");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    // Needs the loader (RubricLoader) and the seeds.
    [Fact]
    public void ScoreSeedsAsTable_Redirected_NoProgressBarNoAnsiEscapes()
    {
        var run = RubricProcess.Run(null, "score", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "--explain");

        Assert.Contains("rubric score: read ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain("scoring 评分", run.Error, StringComparison.Ordinal);
        Assert.Contains("│", run.Out, StringComparison.Ordinal);
    }

    // Needs the loader and the seeds.
    [Fact]
    public void ScoreJsonLinesFromStdin_Redirected_CsvOnStdoutSummaryOnStderr()
    {
        var batch = File.ReadAllText(Repo.Seed("batch.jsonl"));
        var lines = batch.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));

        var run = RubricProcess.Run(batch, "score", Repo.Seed("panlong.rubric.json"), "-", "--format", "csv");

        Assert.Matches($@"rubric score: read {lines}, scored \d+, rejected \d+\.", run.Error);
        Assert.StartsWith("unit,name,round,self,assessor,gap,score,", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
    }
}
