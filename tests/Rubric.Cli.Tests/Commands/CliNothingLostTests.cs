using System.Text.Json;
using System.Text.RegularExpressions;
using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Cli.Scoring;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Commands;

/// <summary>
/// Nothing lost: every record read comes out scored or rejected with its line, the counts add up,
/// every roster unit appears in the award lists, and --out is replaced whole or not at all.
/// </summary>
public sealed partial class CliNothingLostTests
{
    [Fact]
    public void Score_BatchWithGoodBadAndBrokenLines_ReadEqualsScoredPlusRejectedAndEveryRejectionHasItsLine()
    {
        using var folder = new TempFolder();
        var seedLines = File.ReadAllLines(Repo.Seed("batch.jsonl")).Where(static l => l.Length > 0).ToArray();
        string[] lines =
        [
            seedLines[0],                                                          // 1 good
            string.Empty,                                                          // 2 blank
            "{\"formatVersion\": 1, \"unit\": ",                                   // 3 syntax error
            WithUnit(seedLines[1], "u-wrong-rubric").Replace("\"rubric\": \"panlong-theme-practice\"", "\"rubric\": \"another-rubric\"", StringComparison.Ordinal), // 4
            WithUnit(seedLines[2], "u-unknown-item").Replace("\"self\": {", "\"self\": { \"t9.99\": { \"met\": true },", StringComparison.Ordinal), // 5
            "[1, 2, 3]",                                                           // 6 an array
            "   \t",                                                               // 7 blank
            "null",                                                                // 8 null
            WithUnit(seedLines[3], "u-missing-assessor").Replace("\"assessor\":", "\"assessorX\":", StringComparison.Ordinal), // 9
            seedLines[4],                                                          // 10 good
        ];
        var batch = folder.File("mixed.jsonl");
        File.WriteAllLines(batch, lines);

        var run = CliRun.Invoke("score", Repo.Seed("panlong.rubric.json"), batch, "--format", "csv");

        var summary = SummaryPattern().Match(run.Error);
        Assert.True(summary.Success, run.Error);
        var (read, scored, rejected) = (int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(summary.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        var nonBlank = Enumerable.Range(1, lines.Length).Where(i => !string.IsNullOrWhiteSpace(lines[i - 1])).ToArray();
        Assert.Equal(nonBlank.Length, read);
        Assert.Equal(read, scored + rejected);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Equal(scored, rows.Length);
        foreach (var line in nonBlank)
        {
            var unit = UnitOf(lines[line - 1]);
            var isScored = unit is not null && rows.Any(r => r.StartsWith(unit + ",", StringComparison.Ordinal));
            var isReported = run.Error.Contains($"{batch}({line},", StringComparison.Ordinal);
            Assert.True(isScored ^ isReported, $"line {line} should be either scored or reported, not {(isScored ? "both" : "neither")}.");
        }

        Assert.All(new[] { 3, 6, 8 }, line => Assert.Contains($"{batch}({line},", run.Error, StringComparison.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Awards_SomeUnitsMissingAndOneBroken_EveryRosterUnitAccountedFor()
    {
        using var folder = new TempFolder();
        var assessments = Directory.GetFiles(Repo.Seed("assessments"), "*.json").Order(StringComparer.Ordinal).ToArray();
        foreach (var file in assessments.Take(6))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        File.WriteAllText(folder.File("school-07.assessment.json"), File.ReadAllText(assessments[6])[..200]);

        var run = CliRun.Invoke("awards", Repo.Seed("panlong.plan.json"), Repo.Seed("roster.json"), folder.Path, "--format", "json");

        Assert.Contains("rubric awards: read 7, scored 6, rejected 1.", run.Error, StringComparison.Ordinal);
        Assert.Contains(folder.File("school-07.assessment.json"), run.Error, StringComparison.Ordinal);
        using var roster = JsonDocument.Parse(File.ReadAllText(Repo.Seed("roster.json")));
        var centres = roster.RootElement.GetProperty("bodies").EnumerateArray().SelectMany(static b => b.GetProperty("bodies").EnumerateArray()).ToArray();
        var unitIds = centres.SelectMany(static c => c.GetProperty("units").EnumerateArray())
            .SelectMany(static u => u.GetProperty("staff").EnumerateArray().Prepend(u))
            .Select(static u => u.GetProperty("id").GetString()!)
            .ToArray();
        Assert.NotEmpty(unitIds);
        Assert.All(unitIds, id => Assert.Contains($"\"{id}\"", run.Out, StringComparison.Ordinal));

        // The county's own schools compete for the county's awards, which the plan leaves to be announced.
        using var report = JsonDocument.Parse(run.Out);
        var county = report.RootElement.GetProperty("lists").EnumerateArray().Where(static l => l.GetProperty("bodyId").GetString() == "county").ToArray();
        Assert.NotEmpty(county);
        Assert.All(county, static l => Assert.True(l.TryGetProperty("toBeAnnounced", out _)));
    }

    [Fact]
    public void ScoreRun_WriterFailsMidBatch_TargetUntouchedAndNoTemporaryFileLeft()
    {
        using var folder = new TempFolder();
        var target = folder.File("scores.csv");
        File.WriteAllText(target, "the previous report");
        var (context, _, _) = CliRun.Context();
        var settings = new ScoreSettings(ScoreFormat.Csv, Explain: false, ExplanationLanguage.English, target);

        Assert.Throws<IOException>(() => ScoreRun.Execute(context, TestRubrics.Demo(), ["batch.jsonl"], (_, _) => new RecordList(FailingAfterOne()), settings));

        Assert.Equal("the previous report", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Cli_StandardInputBreaksMidBatch_RecordsBeforeItScoredAndTheBreakReportedAsRejected()
    {
        using var folder = new TempFolder();
        var target = folder.File("scores.csv");
        File.WriteAllText(target, "the previous report");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, static () => new ThrowingStream());

        var code = Cli.Run(["score", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), "-", "--format", "csv", "--out", target], context);

        // The report is whole: the ten files scored, the broken input counted as a rejected record with its reason.
        Assert.Equal(1, code);
        Assert.Contains("-(1,1): error RUB1010: The input cannot be read any further: standard input broke", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("rubric score: read 11, scored 10, rejected 1.", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(11, File.ReadAllLines(target).Length);
        Assert.Equal([target], Directory.GetFiles(folder.Path));
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<AssessmentRecord> FailingAfterOne()
    {
        yield return TestRubrics.Record(TestRubrics.School01());
        throw new IOException("the disk went away");
    }

    private static string WithUnit(string line, string unit) =>
        UnitIdPattern().Replace(line, $"\"unit\": {{ \"id\": \"{unit}\"", 1);

    private static string? UnitOf(string line)
    {
        var match = UnitIdPattern().Match(line);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"rubric score: read (\d+), scored (\d+), rejected (\d+)\.")]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("\"unit\": \\{ \"id\": \"([^\"]+)\"")]
    private static partial Regex UnitIdPattern();

    /// <summary>Standard input that fails after the files before it were scored.</summary>
    private sealed class ThrowingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("standard input broke");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\t\n")]
    public void Score_EmptyStandardInputOrEmptyFile_SameRejectionExitOne(string content)
    {
        using var folder = new TempFolder();
        var file = folder.File("empty.jsonl");
        File.WriteAllText(file, content);

        var fromStdin = CliRun.Invoke(["score", Repo.Seed("panlong.rubric.json"), "-", "--format", "csv"], content);
        var fromFile = CliRun.Invoke("score", Repo.Seed("panlong.rubric.json"), file, "--format", "csv");

        Assert.Equal((1, 1), (fromStdin.ExitCode, fromFile.ExitCode));
        Assert.Contains("-(1,1): error RUB1004: Standard input holds no assessments", fromStdin.Error, StringComparison.Ordinal);
        Assert.Contains("empty.jsonl(1,1): error RUB1004: The file holds no assessments", fromFile.Error, StringComparison.Ordinal);
        Assert.Contains("read 1, scored 0, rejected 1.", fromStdin.Error, StringComparison.Ordinal);
        Assert.Contains("read 1, scored 0, rejected 1.", fromFile.Error, StringComparison.Ordinal);
    }
}
