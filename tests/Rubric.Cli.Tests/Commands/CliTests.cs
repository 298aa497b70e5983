using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Commands;

public class CliTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("score", "--help")]
    [InlineData("awards", "--help")]
    [InlineData("template", "--help")]
    [InlineData("import", "--help")]
    [InlineData("schema", "--help")]
    public void Run_Help_ExitZeroWithAnExample(params string[] args)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Example:", run.Out, StringComparison.Ordinal);
        Assert.Contains("rubric ", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Run_ScoreHelp_ShowsTheChineseTerm()
    {
        var run = CliRun.Invoke("score", "--help");

        Assert.Contains("score — 评分: score assessments", run.Out, StringComparison.Ordinal);
        Assert.Contains("--format", run.Out, StringComparison.Ordinal);
        Assert.Contains("--explain", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RootHelp_OneLinePerCommand()
    {
        var run = CliRun.Invoke("--help");

        Assert.Contains("  import <SHEET>                            import — 导入: read a filled scoring sheet back into an assessment JSON file\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("--out scores.csv", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitTwo()
    {
        var run = CliRun.Invoke("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_UnknownOption_ExitTwo()
    {
        var run = CliRun.Invoke("score", "r.json", "a.json", "--colour");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingArgument_ExitTwo()
    {
        var run = CliRun.Invoke("score", "rubric.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Required argument 'INPUT' missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_ExitTwo() => Assert.Equal(2, CliRun.Invoke().ExitCode);

    [Fact]
    public void Run_BadFormatValue_ExitTwo()
    {
        var run = CliRun.Invoke("score", "r.json", "a.json", "--format", "yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("yaml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TemplateXlsxWithoutOut_ExitTwo()
    {
        var run = CliRun.Invoke("template", "r.json", "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs --out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingRubricFile_ExitOneWithoutStackTrace()
    {
        var run = CliRun.Invoke("score", "no-such.rubric.json", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("rubric: error: no-such.rubric.json: no such file.", run.Error.Trim());
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValidateMissingFile_ExitOneWithADiagnostic()
    {
        var run = CliRun.Invoke("validate", "no-such.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "no-such.json: error RUB1902: No such file.\nrubric validate: 1 file(s), 0 valid, 1 invalid; 1 error(s), 0 warning(s).\n",
            run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_ValidateMissingFileAsJson_ReportObject()
    {
        var run = CliRun.Invoke("validate", "no-such.json", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(run.Out);
        var file = document.RootElement.GetProperty("files")[0];
        Assert.False(file.GetProperty("valid").GetBoolean());
        Assert.Equal("RUB1902", file.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("invalid").GetInt32());
    }
}
