using System.Text.Json;
using System.Text.RegularExpressions;
using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Tests.Commands;

/// <summary>
/// The commands on the seed files, in-process. Every test here needs the loader (RubricLoader,
/// RubricSchemas) of Rubric.Engine.Schema and the seeds/ folder.
/// </summary>
public partial class CliSeedTests
{
    private static string RubricPath => Repo.Seed("panlong.rubric.json");

    private static (long Read, long Scored, long Rejected) Summary(string stderr)
    {
        var match = SummaryPattern().Match(stderr);
        Assert.True(match.Success, stderr);
        return (long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Validate_SeedRubric_WarnsThatTheSheetIsIncompleteExitZero()
    {
        var run = CliRun.Invoke("validate", RubricPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": warning RUB", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 file(s), 1 valid, 0 invalid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeedRubricStrict_WarningBecomesErrorExitOne()
    {
        var run = CliRun.Invoke("validate", RubricPath, "--strict");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(": error RUB", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RosterAndRubric_RecognisedByContent()
    {
        var run = CliRun.Invoke("validate", RubricPath, Repo.Seed("roster.json"), "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        var kinds = document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["rubric", "roster"], kinds);
    }

    [Fact]
    public void Validate_BrokenJson_SyntaxErrorWithLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.json");
        File.WriteAllText(path, "{\n  \"formatVersion\": 1,\n  \"tasks\": [\n");

        var run = CliRun.Invoke("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"broken\.json\(\d+,\d+\): error RUB1001", run.Out);
    }

    [Fact]
    public void Score_SeedFolderAsCsv_OneRowPerScoredUnitSummaryAddsUp()
    {
        var files = Directory.GetFiles(Repo.Seed("assessments"), "*.json").Length;

        var run = CliRun.Invoke("score", RubricPath, Repo.Seed("assessments"), "--format", "csv");

        var (read, scored, rejected) = Summary(run.Error);
        Assert.Equal(files, read);
        Assert.Equal(read, scored + rejected);
        Assert.Equal(rejected > 0 ? 1 : 0, run.ExitCode);
        Assert.Equal(scored + 1, run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Score_BatchJsonLines_EveryLineCountedBadOnesLocated()
    {
        var lines = File.ReadLines(Repo.Seed("batch.jsonl")).Count(l => !string.IsNullOrWhiteSpace(l));

        var run = CliRun.Invoke("score", RubricPath, Repo.Seed("batch.jsonl"), "--format", "json");

        var (read, scored, rejected) = Summary(run.Error);
        Assert.Equal(lines, read);
        Assert.Equal(read, scored + rejected);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(scored, document.RootElement.GetArrayLength());
        if (rejected > 0)
        {
            Assert.Matches(@"batch\.jsonl\(\d+,\d+\): error RUB\d{4}", run.Error);
        }
    }

    [Fact]
    public void Score_ExplainInBothLanguages_SentencesInEach()
    {
        var english = CliRun.Invoke("score", RubricPath, Repo.Seed("assessments"), "--format", "markdown", "--explain");
        var chinese = CliRun.Invoke("score", RubricPath, Repo.Seed("assessments"), "--format", "markdown", "--explain", "--lang", "zh-CN");

        Assert.Matches(@"- (Item \d+ \(|No points lost)", english.Out);
        Assert.Matches(@"- (第\d+项（|未失分)", chinese.Out);
    }

    [Fact]
    public void Score_OutFile_WrittenAtomically()
    {
        using var folder = new TempFolder();
        var path = folder.File("scores.json");

        var run = CliRun.Invoke("score", RubricPath, Repo.Seed("assessments"), "--format", "json", "--out", path);

        Assert.Equal(string.Empty, run.Out);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Template_SeedRubricCsv_ListsEveryItemText()
    {
        var rubric = new RubricLoader().LoadRubric(RubricPath).Value!;

        var run = CliRun.Invoke("template", RubricPath, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var csv = run.Out.Replace("\"\"", "\"", StringComparison.Ordinal);
        Assert.All(rubric.Items, item => Assert.Contains(item.Text, csv, StringComparison.Ordinal));
    }

    [Fact]
    public void TemplateImportScore_SeedRubricXlsx_RoundTrip()
    {
        using var folder = new TempFolder();
        var blank = folder.File("评分表.xlsx");
        Assert.Equal(0, CliRun.Invoke("template", RubricPath, "--format", "xlsx", "--out", blank).ExitCode);
        var rubric = new RubricLoader().LoadRubric(RubricPath).Value!;
        var rows = MiniExcelLibs.MiniExcel.Query(blank, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
        foreach (var row in rows)
        {
            if (row["A"] as string == Sheets.SheetLayoutNames.UnitId)
            {
                row["B"] = "school-01";
            }

            if (row[SheetLayout.Letter(SheetLayout.IdColumn)] is string id && rubric.TryGetItem(id, out var item))
            {
                row[SheetLayout.Letter(SheetLayout.AssessorObservedColumn)] = Sheets.SheetLayoutNames.PerfectCell(item);
            }
        }

        var filled = folder.File("filled.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(filled, rows, printHeader: false);
        var assessment = folder.File("school-01.assessment.json");

        var imported = CliRun.Invoke("import", filled, "--rubric", RubricPath, "--out", assessment);
        var scored = CliRun.Invoke("score", RubricPath, assessment, "--format", "csv");

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(0, scored.ExitCode);
        var row1 = scored.Out.Split("\r\n")[1].Split(',');
        Assert.Equal("school-01", row1[0]);
        Assert.Equal(Rubric.Engine.PointsFormat.Format(rubric.ItemPoints), row1[4]);
    }

    // Needs, besides the loader, EngineAwardsRunner wired in as CliContext.AwardsRunner.
    [Fact]
    public void Awards_SeedsAsMarkdown_PanlongCentreListWithCutOffAndReasons()
    {
        var run = CliRun.Invoke("awards", RubricPath, Repo.Seed("roster.json"), Repo.Seed("assessments"), "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## 盘龙镇教管中心 (panlong-centre) — 先进集体 (advanced-collective):", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\| 1 \| school-\d\d \| [^|]+ \| [\d.]+ \| yes 是 \| rank 1, within the quota of \d+ \|", run.Out);
    }

    [Fact]
    public void Awards_SeedsAsJson_TieAtTheCutOffBrokenByTaskOneAndStaffPolicyExplained()
    {
        var run = CliRun.Invoke("awards", RubricPath, Repo.Seed("roster.json"), Repo.Seed("assessments"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var centre = document.RootElement.GetProperty("lists").EnumerateArray()
            .Single(l => l.GetProperty("bodyId").GetString() == "panlong-centre" && l.GetProperty("awardId").GetString() == "advanced-collective");
        // 25 % of 10 schools is 2.5, which rounds half away from zero to 3; school-03 and school-04
        // tie on 38.3 for the third place and task t1 (23.3 against 22.8) decides it.
        Assert.Equal(2.5m, centre.GetProperty("rawQuota").GetDecimal());
        Assert.Equal(3, centre.GetProperty("quota").GetInt32());
        Assert.Equal(["school-01", "school-02", "school-04"], centre.GetProperty("awarded").EnumerateArray().Select(a => a.GetProperty("unitId").GetString()));
        Assert.DoesNotContain("school-01-s01", run.Out, StringComparison.Ordinal);
        Assert.Contains("先进个人 (advanced-individual) ranks staff members, but this rubric assesses schools", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rubric")]
    [InlineData("assessment")]
    [InlineData("roster")]
    public void Schema_EachKind_AJsonSchemaDocument(string kind)
    {
        var run = CliRun.Invoke("schema", kind);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.True(document.RootElement.TryGetProperty("$schema", out _));
    }

    [GeneratedRegex(@"read (\d+), scored (\d+), rejected (\d+)\.")]
    private static partial Regex SummaryPattern();
}
