using System.Text.Json;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Commands;

public class ReportCommandTests
{
    private static readonly string[] SeedArgs = ["report", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "--roster", Repo.Seed("roster.json"), "--plan", Repo.Seed("panlong.plan.json")];

    [Fact]
    public void Report_SeedsToHtml_WritesThePageAndSummarises()
    {
        using var temp = new TempFolder();

        var run = CliRun.Invoke([.. SeedArgs, "--out", temp.File("report.html")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("rubric report: read 10, scored 10, rejected 0.", run.Error, StringComparison.Ordinal);
        var html = File.ReadAllText(temp.File("report.html"));
        Assert.Contains("盘龙镇教管中心", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Json_WritesTheAnalysisWithEnumsByName()
    {
        var run = CliRun.Invoke([.. SeedArgs, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var centre = document.RootElement.GetProperty("bodies")[1];
        Assert.Equal("Centre", centre.GetProperty("bodyKind").GetString());
        Assert.Equal("t1.14", centre.GetProperty("costliestItems")[0].GetProperty("itemId").GetString());
        Assert.Equal(53m, centre.GetProperty("lost").GetDecimal());
        Assert.Equal("school-01", centre.GetProperty("awards")[0].GetProperty("awarded")[0].GetProperty("unitId").GetString());
    }

    [Fact]
    public void Report_XlsxWithoutOut_IsAUsageError()
    {
        var run = CliRun.Invoke("report", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format xlsx writes a workbook and needs --out FILE.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownLanguage_IsAUsageError()
    {
        var run = CliRun.Invoke("report", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "--lang", "fr");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Report_MissingRoster_ExitsOneWithTheFileNamed()
    {
        var run = CliRun.Invoke("report", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "--roster", "no-such-roster.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-roster.json", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AssessmentThatDoesNotScore_ExitsOneAndListsTheUnitAsNotScored()
    {
        using var temp = new TempFolder();
        var broken = File.ReadAllText(Repo.Seed("assessments", "school-01.assessment.json"))
            .Replace("\"$schema\": \"../../src/", "\"$schema\": \"../src/", StringComparison.Ordinal)
            .Replace("\"t1.18\": { \"awarded\": 1 }", "\"t1.18\": { \"awarded\": 5 }", StringComparison.Ordinal);
        File.WriteAllText(temp.File("school-01.assessment.json"), broken);

        var run = CliRun.Invoke("report", Repo.Seed("panlong.rubric.json"), temp.File("school-01.assessment.json"), "--lang", "en", "--out", temp.File("report.html"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rejected 1", run.Error, StringComparison.Ordinal);
        var html = File.ReadAllText(temp.File("report.html"));
        Assert.Contains("school-01</span>: scoring failed", html, StringComparison.Ordinal);
    }
}
