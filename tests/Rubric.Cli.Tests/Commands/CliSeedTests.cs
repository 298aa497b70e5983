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

    private static string PlanPath => Repo.Seed("panlong.plan.json");

    private static CliRun PlanAwards(string format, params string[] extra) =>
        CliRun.Invoke(["awards", PlanPath, Repo.Seed("roster.json"), Repo.Seed("assessments"), Repo.Seed(Path.Combine("assessments", "staff")), "--format", format, .. extra]);

    [Fact]
    public void Awards_SeedRubricAlone_StillScoresAndSaysAwardsBelongToAPlan()
    {
        var run = CliRun.Invoke("awards", RubricPath, Repo.Seed("roster.json"), Repo.Seed("assessments"), "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((10, 10, 0), Summary(run.Error));
        Assert.Contains("names no awards: awards belong to a plan", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Awards_SeedPlanAsJson_BothCentreAwardsWithTiesAndCutOffs()
    {
        var run = PlanAwards("json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((56, 56, 0), Summary(run.Error));
        using var document = JsonDocument.Parse(run.Out);
        var lists = document.RootElement.GetProperty("lists").EnumerateArray().ToArray();
        JsonElement List(string award) => lists.Single(l => l.GetProperty("bodyId").GetString() == "panlong-centre" && l.GetProperty("awardId").GetString() == award);

        // 25 % of 10 schools = 2.5 → 3 (half away from zero); school-03 and school-04 tie on 38.3
        // for the third place and task t1 (23.3 against 22.8) decides it.
        var collective = List("advanced-collective");
        Assert.Equal((10, 2.5m, 3, 38.3m), (collective.GetProperty("population").GetInt32(), collective.GetProperty("rawQuota").GetDecimal(), collective.GetProperty("quota").GetInt32(), collective.GetProperty("cutOff").GetDecimal()));
        Assert.Equal(["school-01", "school-02", "school-04"], collective.GetProperty("awarded").EnumerateArray().Select(a => a.GetProperty("unitId").GetString()));

        // 10 % of 45 staff = 4.5 → 5; two staff tie on 18 for the fifth place and the staff sheet's
        // task s2 (10 against 8) decides it.
        var individual = List("advanced-individual");
        Assert.Equal((45, 4.5m, 5, 18m), (individual.GetProperty("population").GetInt32(), individual.GetProperty("rawQuota").GetDecimal(), individual.GetProperty("quota").GetInt32(), individual.GetProperty("cutOff").GetDecimal()));
        Assert.Equal(["school-03-s02", "school-07-s01", "school-01-s04", "school-09-s03", "school-05-s02"], individual.GetProperty("awarded").EnumerateArray().Select(a => a.GetProperty("unitId").GetString()));
        var runnerUp = individual.GetProperty("notAwarded")[0];
        Assert.Equal("school-02-s05", runnerUp.GetProperty("unitId").GetString());
        Assert.StartsWith("tied at the cut-off", runnerUp.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Awards_SeedPlan_OnlyTheDecemberRoundCounts()
    {
        var run = PlanAwards("json");

        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal("Annual", document.RootElement.GetProperty("awardRound").GetString());
        var individual = document.RootElement.GetProperty("lists").EnumerateArray()
            .Single(l => l.GetProperty("bodyId").GetString() == "panlong-centre" && l.GetProperty("awardId").GetString() == "advanced-individual");
        // school-10-s04 gave itself 20 in its self-assessment, more than anyone; that round does not count.
        var entries = individual.GetProperty("notAwarded").EnumerateArray().Where(e => e.GetProperty("unitId").GetString() == "school-10-s04").ToArray();
        Assert.Equal(2, entries.Length);
        Assert.Contains(entries, e => e.GetProperty("reason").GetString()!.StartsWith("RUB3021", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.GetProperty("reason").GetString()!.StartsWith("below the cut-off", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json", "\"toBeAnnounced\": \"表彰类别和表彰名额另行通知\"")]
    [InlineData("csv", "county,县教工委,county-advanced-collective,先进集体,,,,,,表彰类别和表彰名额另行通知,")]
    [InlineData("markdown", "## 县教工委 (county) — 先进集体 (county-advanced-collective): to be announced 另行通知 — 表彰类别和表彰名额另行通知; no quota is computed")]
    [InlineData("table", "县教工委 (county) — 先进个人 (county-advanced-individual): to be announced 另行通知 — 表彰类别和表彰名额另行通知; no quota is computed")]
    public void Awards_SeedPlanInEveryFormat_CountyAwardsToBeAnnouncedWithoutQuota(string format, string expected)
    {
        var run = PlanAwards(format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("under county", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Awards_SeedPlanAsJson_CountyListsHaveNoQuota()
    {
        using var document = JsonDocument.Parse(PlanAwards("json").Out);

        var county = document.RootElement.GetProperty("lists").EnumerateArray().Where(l => l.GetProperty("bodyId").GetString() == "county").ToArray();
        Assert.Equal(["county-advanced-collective", "county-advanced-individual"], county.Select(l => l.GetProperty("awardId").GetString()));
        Assert.All(county, l => Assert.False(l.TryGetProperty("quota", out _) || l.TryGetProperty("rawQuota", out _) || l.TryGetProperty("population", out _)));
    }

    [Fact]
    public void Awards_SeedPlanAsCsv_OneRowPerUnitOfEveryList()
    {
        var rows = PlanAwards("csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("body_id,body_name,award_id,award_name,population,raw_quota,rounding,quota,cut_off,to_be_announced,rank,unit_id", rows[0], StringComparison.Ordinal);
        Assert.Contains("panlong-centre,盘龙镇教管中心,advanced-individual,先进个人,45,4.5,nearest,5,18,,5,school-05-s02,范晓峰,18,yes,tied at the cut-off; separated by the tie-breakers (tie-break place 1)", rows);
        Assert.Equal(45 + 1, rows.Count(r => r.StartsWith("panlong-centre,盘龙镇教管中心,advanced-individual,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Awards_PlanWithAnAssessmentForAnotherRubric_RefusesItWithALocatedError()
    {
        using var folder = new TempFolder();
        var stray = File.ReadAllText(Repo.Seed(Path.Combine("assessments", "school-01.assessment.json")))
            .Replace("\"rubric\": \"panlong-theme-practice\"", "\"rubric\": \"another-sheet\"", StringComparison.Ordinal);
        var path = folder.File("stray.assessment.json");
        File.WriteAllText(path, stray);

        var run = CliRun.Invoke("awards", PlanPath, Repo.Seed("roster.json"), Repo.Seed("assessments"), path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal((11, 10, 1), Summary(run.Error));
        Assert.Contains(path + "(4,13): error RUB1904: The assessment of 'school-01' is for rubric 'another-sheet', which plan 'panlong-theme-practice-plan' does not name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeedPlan_ChecksItsRubricsExitZero()
    {
        var run = CliRun.Invoke("validate", PlanPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 file(s), 1 valid, 0 invalid; 0 error(s), 0 warning(s)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("panlong.plan.json", "\"file\": \"panlong.rubric.json\"", "\"file\": \"missing.rubric.json\"", "(8,69): error RUB1903: The plan names rubric 'panlong-theme-practice' in 'missing.rubric.json', but there is no such file")]
    [InlineData("panlong.plan.json", "\"file\": \"panlong-staff.rubric.json\"", "\"file\": \"panlong.rubric.json\"", "error RUB1903: 'panlong.rubric.json' is rubric 'panlong-theme-practice', not 'panlong-staff-illustrative' as the plan says.")]
    [InlineData("panlong-staff.rubric.json", "\"unitKind\": \"staffMember\"", "\"unitKind\": \"school\"", "(9,55): error RUB1903: Rubric 'panlong-staff-illustrative' scores School, but the plan uses it for StaffMember.")]
    [InlineData("panlong.plan.json", "{ \"kind\": \"taskScore\", \"target\": \"s2\" }", "{ \"kind\": \"taskScore\", \"target\": \"t9\" }", "error RUB1903: The tie-breaker of award 'advanced-individual' compares 't9', but rubric 'panlong-staff-illustrative' has no such task.")]
    public void Validate_PlanDisagreeingWithItsRubrics_LocatedErrorExitOne(string edited, string find, string replace, string expected)
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "panlong.plan.json", "panlong.rubric.json", "panlong-staff.rubric.json" })
        {
            var text = File.ReadAllText(Repo.Seed(file));
            if (file == edited)
            {
                Assert.Contains(find, text, StringComparison.Ordinal);
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            File.WriteAllText(folder.File(file), text);
        }

        var run = CliRun.Invoke("validate", folder.File("panlong.plan.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rubric")]
    [InlineData("assessment")]
    [InlineData("roster")]
    [InlineData("plan")]
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
