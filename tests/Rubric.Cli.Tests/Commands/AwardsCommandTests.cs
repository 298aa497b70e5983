using System.Text.Json;
using Rubric.Cli.Awards;
using Rubric.Cli.Commands;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Commands;

public class AwardsCommandTests
{
    private sealed class FakeRunner : IAwardsRunner
    {
        public IReadOnlyList<ScoringResult>? Seen { get; private set; }

        public AwardsReport Run(RubricDefinition rubric, Roster roster, IReadOnlyList<ScoringResult> results)
        {
            Seen = results;
            var ranked = results.Where(r => r.Succeeded).Select(r => r.Scorecard!).OrderByDescending(s => s.Score).ToList();
            return new AwardsReport(rubric.Id,
            [
                new AwardList("panlong-centre", "盘龙镇教管中心", "advanced-collective", "先进集体", 2, 0.5m, "nearest", 1, ranked[0].Score,
                    [new AwardEntry(1, ranked[0].UnitId, "盘龙镇第二小学", ranked[0].Score, "rank 1 of 2, within the quota of 1")],
                    [new AwardEntry(2, ranked[1].UnitId, "盘龙镇中心小学", ranked[1].Score, "below the cut-off 10")],
                    ["25 % of 2 = 0.5, rounded nearest (四舍五入) to 1."]),
            ],
            ["school-99: not on the roster."]);
        }

        public AwardsReport Run(AssessmentPlan plan, Roster roster, IReadOnlyList<ScoringResult> results) =>
            throw new NotSupportedException("These tests run a rubric alone.");
    }

    private static Roster Roster() => new([
        new AssessingBody("panlong-centre", "盘龙镇教管中心", BodyKind.Centre, [new RosterUnit("school-01", "盘龙镇中心小学", UnitKind.School), new RosterUnit("school-02", "盘龙镇第二小学", UnitKind.School)]),
    ]);

    [Fact]
    public void Execute_Json_SerialisesTheRunnersReport()
    {
        var runner = new FakeRunner();
        var (context, stdout, stderr) = CliRun.Context(runner);

        var code = AwardsCommand.Execute(context, TestRubrics.Demo(), Roster(), [TestRubrics.Record(TestRubrics.School01()), TestRubrics.Record(TestRubrics.School02())], "json", null);

        Assert.Equal(0, code);
        Assert.Equal(2, runner.Seen!.Count);
        using var document = JsonDocument.Parse(stdout.ToString());
        var list = document.RootElement.GetProperty("lists")[0];
        Assert.Equal("先进集体", list.GetProperty("awardName").GetString());
        Assert.Equal("school-02", list.GetProperty("awarded")[0].GetProperty("unitId").GetString());
        Assert.Equal(10m, list.GetProperty("cutOff").GetDecimal());
        Assert.Equal("rubric awards: read 2, scored 2, rejected 0.", stderr.ToString().Trim());
    }

    [Fact]
    public void Execute_Markdown_ATablePerListWithReasons()
    {
        var (context, stdout, _) = CliRun.Context(new FakeRunner());

        AwardsCommand.Execute(context, TestRubrics.Demo(), Roster(), [TestRubrics.Record(TestRubrics.School01()), TestRubrics.Record(TestRubrics.School02())], "markdown", null);

        var markdown = stdout.ToString().ReplaceLineEndings("\n");
        Assert.Contains("## 盘龙镇教管中心 (panlong-centre) — 先进集体 (advanced-collective): 2 unit(s), quota 0.5 → 1 (nearest), cut-off 10\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | school-02 | 盘龙镇第二小学 | 10 | yes 是 | rank 1 of 2, within the quota of 1 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2 | school-01 | 盘龙镇中心小学 | 5.9 | no 否 | below the cut-off 10 |\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("> school-99: not on the roster.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_Table_NoAnsiWhenCaptured()
    {
        var (context, stdout, _) = CliRun.Context(new FakeRunner());

        AwardsCommand.Execute(context, TestRubrics.Demo(), Roster(), [TestRubrics.Record(TestRubrics.School01()), TestRubrics.Record(TestRubrics.School02())], "table", null);

        Assert.Contains("先进集体", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', stdout.ToString());
    }

    [Fact]
    public void Execute_RejectedRecord_PassedToTheRunnerAsAFailedResultExitOne()
    {
        var runner = new FakeRunner();
        var (context, _, stderr) = CliRun.Context(runner);

        var code = AwardsCommand.Execute(context, TestRubrics.Demo(), Roster(), [TestRubrics.Record(TestRubrics.School01()), TestRubrics.Record(TestRubrics.School02()), TestRubrics.Record(TestRubrics.Broken())], "json", null);

        Assert.Equal(1, code);
        Assert.Equal([true, true, false], runner.Seen!.Select(r => r.Succeeded));
        Assert.Contains("rubric awards: read 3, scored 2, rejected 1.", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EveryAssessmentForAUnitNotOnTheRoster_ExitOne()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Repo.Seed("assessments")).Take(3))
        {
            var text = File.ReadAllText(file);
            var unit = System.Text.RegularExpressions.Regex.Match(text, "\"id\": \"(school-[0-9]+)\"").Groups[1].Value;
            File.WriteAllText(folder.File(Path.GetFileName(file)), text.Replace($"\"{unit}\"", $"\"{unit}-unknown\"", StringComparison.Ordinal));
        }

        var run = SeedAwards(folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rubric awards: read 3, scored 3, rejected 0.", run.Error, StringComparison.Ordinal);
        Assert.Contains("the assessments of 3 unit(s) could not be used", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwoAssessmentsOfOneUnit_ExitOne()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Repo.Seed("assessments")))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        File.Copy(Directory.GetFiles(Repo.Seed("assessments")).Order(StringComparer.Ordinal).First(), folder.File("zz-again.assessment.json"));

        var run = SeedAwards(folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the assessments of 1 unit(s) could not be used", run.Error, StringComparison.Ordinal);
        Assert.Contains("RUB3003", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SeedAssessments_ExitZero()
    {
        var run = SeedAwards(Repo.Seed("assessments"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("could not be used", run.Error, StringComparison.Ordinal);
    }

    private static CliRun SeedAwards(string assessments) =>
        CliRun.Invoke("awards", Repo.Seed("panlong.plan.json"), Repo.Seed("roster.json"), assessments, "--format", "json");
}
