using System.Text;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

public sealed class RubricLoaderTests
{
    private static readonly RubricLoader Loader = new();

    [Fact]
    public void LoadRubric_ValidFixture_BuildsEveryRuleKindAndAward()
    {
        var result = Loader.LoadRubric(TestFiles.Fixture("valid.rubric.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var deprecated = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.RubricAwardsDeprecated, "/awards"), (deprecated.Severity, deprecated.Code, deprecated.JsonPointer));
        var rubric = result.Value;
        Assert.Equal("fixture-rubric", rubric.Id);
        Assert.Equal(12m, rubric.Points);
        Assert.Equal(MissingObservationPolicy.TreatAsNotDone, rubric.MissingObservations);
        Assert.Equal(["flat", "anyOf", "perUnit", "shortfall", "tiered", "flat", "judged", "judged"], rubric.Items.Select(static i => i.Rule.Kind));
        Assert.Equal(EvidenceMethods.Ask | EvidenceMethods.Score, rubric.Items[6].Methods);
        Assert.Equal(["an eye-catching slogan", null], Assert.IsType<AnyOfRule>(rubric.Items[1].Rule).Conditions.Select(static c => c.EnglishText));
        Assert.Equal([null, "reported late", null], Assert.IsType<TieredRule>(rubric.Items[4].Rule).Levels.Select(static l => l.EnglishText));
        var perUnit = Assert.IsType<PerUnitRule>(rubric.Items[2].Rule);
        Assert.Equal(0.5m, perUnit.Rate);
        Assert.Equal("人", perUnit.Unit);
        Assert.True(perUnit.NoneDoneLosesAll);
        var shortfall = Assert.IsType<ShortfallRule>(rubric.Items[3].Rule);
        Assert.Equal(20, shortfall.Target);
        Assert.Equal(0.2m, shortfall.Rate);
        Assert.Equal(2, rubric.AwardPolicies.Count);
        var collective = rubric.AwardPolicies[0];
        Assert.Equal(25m, collective.Quota.Percent);
        Assert.Equal(QuotaRounding.Nearest, collective.Rounding);
        Assert.Equal(TieResolution.BreakTies, collective.Ties.Resolution);
        Assert.Equal(3, collective.Ties.Breakers.Count);
        Assert.Equal(6m, collective.Eligibility.MinimumScore);
        Assert.Equal(AssessmentRound.Annual, collective.Eligibility.RequiredRound);
        Assert.Equal(2, rubric.AwardPolicies[1].Quota.Count);
    }

    [Fact]
    public void LoadAssessment_ValidFixture_ReadsBothColumnsNotesAndEvidence()
    {
        var result = Loader.LoadAssessment(TestFiles.Fixture("valid.assessment.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var assessment = result.Value;
        Assert.Equal("school-01", assessment.UnitId);
        Assert.Equal("盘龙镇中心小学", assessment.UnitName);
        Assert.Equal(new DateOnly(2011, 12, 15), assessment.Date);
        Assert.Equal(AssessmentRound.Annual, assessment.Round);
        var assessor = assessment.Column(ScoreSide.Assessor)!;
        Assert.Equal("副校长未交", assessor["t1.7"].Note);
        Assert.Equal(["党性分析材料汇编"], assessor["t1.7"].Evidence);
        Assert.True(assessor["t1.7"].TryGetValue("missing", out var missing) && missing == 1);
        Assert.True(assessor["t1.16"].TryGetValue("awarded", out var awarded) && awarded == 1.5m);
        Assert.True(assessor["t2.6"].TryGetValue("level", out var level) && level == "late");
        Assert.Equal(3, assessment.Column(ScoreSide.Self)!.Count);
    }

    [Fact]
    public void LoadRoster_ValidFixture_BuildsNestedBodiesAndStaff()
    {
        var result = Loader.LoadRoster(TestFiles.Fixture("valid.roster.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var county = Assert.Single(result.Value.Bodies);
        Assert.Equal(BodyKind.County, county.Kind);
        var centre = Assert.Single(county.Bodies);
        Assert.Equal(2, centre.Population(UnitKind.School).Count);
        Assert.Equal(2, centre.Population(UnitKind.StaffMember).Count);
        Assert.Equal(UnitKind.StaffMember, centre.Units[0].Staff[0].Kind);
    }

    private const string SmallRubric = """
        {
          "formatVersion": 1,
          "id": "small",
          "title": "小细则",
          "points": 2,
          "tasks": [
            { "id": "t1", "text": "任务", "points": 2, "stages": [
              { "id": "s1", "text": "阶段", "points": 2, "items": [
                { "id": "i1", "text": "项目", "points": 2, "rule": { "kind": "flat" } }
              ] }
            ] }
          ]
        }
        """;

    [Theory]
    [InlineData("""{ "kind": "anyOf", "conditions": [{ "id": "slogan", "text": "醒目标语", "englishText": " " }] }""", "/rule/conditions/0/englishText", "RUB1107")]
    [InlineData("""{ "kind": "tiered", "levels": [{ "id": "late", "text": "迟报", "englishText": "", "loss": 1 }] }""", "/rule/levels/0/englishText", "RUB1107")]
    public void ParseRubric_BlankEnglishText_LocatedAtIt(string rule, string at, string code)
    {
        var result = Loader.ParseRubric(TestFiles.Utf8(SmallRubric.Replace("""{ "kind": "flat" }""", rule, StringComparison.Ordinal)));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, "/tasks/0/stages/0/items/0" + at), (diagnostic.Code, diagnostic.JsonPointer));
    }

    [Fact]
    public void ParseRubric_BonusAbovePoints_MappedToRubric()
    {
        var json = SmallRubric.Replace("\"points\": 2,\n  \"tasks\"", "\"points\": 2,\n  \"bonusAbovePoints\": true,\n  \"tasks\"", StringComparison.Ordinal);

        var result = Loader.ParseRubric(TestFiles.Utf8(json));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.True(result.Value.BonusAbovePoints);
        Assert.False(Loader.ParseRubric(TestFiles.Utf8(SmallRubric)).Value!.BonusAbovePoints);
    }

    [Fact]
    public void ParseRubric_SyntaxErrorOnLine4_ReportsLine4AndItsColumn()
    {
        var json = "{\n  \"formatVersion\": 1,\n  \"id\": \"x\"\n  \"title\": \"t\"\n}";

        var diagnostic = Assert.Single(Loader.ParseRubric(TestFiles.Utf8(json), "x.json").Diagnostics);

        Assert.Equal(DiagnosticCodes.JsonSyntax, diagnostic.Code);
        Assert.Equal(4, diagnostic.Line);
        Assert.Equal(3, diagnostic.Column);
        Assert.Equal("x.json", diagnostic.File);
    }

    [Fact]
    public void ParseRubric_ChineseTextBeforeError_CountsColumnsInCharactersNotBytes()
    {
        var line = "  \"title\": \"主题实践活动\" \"id\": \"x\"";
        var json = "{\n" + line + "\n}";

        var diagnostic = Assert.Single(Loader.ParseRubric(TestFiles.Utf8(json)).Diagnostics);

        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(line.IndexOf("\"id\"", StringComparison.Ordinal) + 1, diagnostic.Column);
    }

    [Fact]
    public void ParseRubric_ValueError_IsLocatedAtTheValue()
    {
        var json = SmallRubric.Replace("\"points\": 2, \"rule\"", "\"points\": -2, \"rule\"", StringComparison.Ordinal);
        var lines = json.Split('\n');
        var lineIndex = Array.FindIndex(lines, static l => l.Contains("-2", StringComparison.Ordinal));

        var diagnostic = Assert.Single(Loader.ParseRubric(TestFiles.Utf8(json)).Diagnostics);

        Assert.Equal(DiagnosticCodes.OutOfRange, diagnostic.Code);
        Assert.Equal("/tasks/0/stages/0/items/0/points", diagnostic.JsonPointer);
        Assert.Equal(lineIndex + 1, diagnostic.Line);
        Assert.Equal(lines[lineIndex].IndexOf("-2", StringComparison.Ordinal) + 1, diagnostic.Column);
    }

    [Fact]
    public void ParseRubric_TwoDuplicateProperties_ReportsEachAtItsSecondOccurrence()
    {
        var json = "{\n\"id\": \"a\",\n\"id\": \"b\",\n\"tasks\": [],\n\"tasks\": []\n}";

        var duplicates = Loader.ParseRubric(TestFiles.Utf8(json)).Diagnostics.Where(static d => d.Code == DiagnosticCodes.DuplicateProperty).ToList();

        Assert.Equal([(3, "/id"), (5, "/tasks")], duplicates.Select(static d => (d.Line, d.JsonPointer)));
    }

    [Fact]
    public void ParseRubric_SeveralProblems_ReportsAllInDocumentOrder()
    {
        var json = SmallRubric
            .Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)
            .Replace("\"kind\": \"flat\"", "\"kind\": \"flat\", \"rate\": 1", StringComparison.Ordinal);

        var diagnostics = Loader.ParseRubric(TestFiles.Utf8(json)).Diagnostics;

        Assert.Equal([DiagnosticCodes.InvalidEnumValue, DiagnosticCodes.UnknownProperty], diagnostics.Select(static d => d.Code));
        Assert.True(diagnostics[0].Line < diagnostics[1].Line);
    }

    [Fact]
    public void ParseRubric_TotalsDoNotAddUp_LoadsWithWarnings()
    {
        var json = SmallRubric.Replace("\"points\": 2,\n  \"tasks\"", "\"points\": 100,\n  \"tasks\"", StringComparison.Ordinal);

        var result = Loader.ParseRubric(TestFiles.Utf8(json));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.TotalMismatch, warning.Code);
        Assert.Equal("/points", warning.JsonPointer);
        Assert.Contains("100", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRubric_MarkedIncomplete_LoadsWithIncompleteWarning()
    {
        var json = SmallRubric.Replace("\"points\": 2,\n  \"tasks\"", "\"points\": 2,\n  \"incomplete\": \"Breaks off at task 2.\",\n  \"tasks\"", StringComparison.Ordinal);

        var result = Loader.ParseRubric(TestFiles.Utf8(json));

        Assert.True(result.Succeeded);
        Assert.True(result.Value.IsIncomplete);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.IncompleteRubric, warning.Code);
        Assert.Equal("/incomplete", warning.JsonPointer);
        Assert.Equal(6, warning.Line);
    }

    [Fact]
    public void ParseRubric_StrictWithWarning_FailsWithTheWarningAsError()
    {
        var json = SmallRubric.Replace("\"points\": 2,\n  \"tasks\"", "\"points\": 3,\n  \"tasks\"", StringComparison.Ordinal);

        var result = new RubricLoader(new LoaderOptions { Strict = true }).ParseRubric(TestFiles.Utf8(json));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(DiagnosticCodes.TotalMismatch, error.Code);
    }

    [Fact]
    public void ParseRubric_StrictWithoutWarnings_Succeeds()
    {
        var result = new RubricLoader(new LoaderOptions { Strict = true }).ParseRubric(TestFiles.Utf8(SmallRubric));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void ParseRubric_Utf8ByteOrderMark_Loads()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(TestFiles.Utf8(SmallRubric)).ToArray();

        Assert.True(Loader.ParseRubric(bytes).Succeeded);
    }

    [Fact]
    public void ParseRubric_StringLongerThanLimit_ReportsStringTooLong()
    {
        var json = SmallRubric.Replace("小细则", new string('长', 30), StringComparison.Ordinal);

        var result = new RubricLoader(new LoaderOptions { MaxStringLength = 20 }).ParseRubric(TestFiles.Utf8(json));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.StringTooLong, "/title", 4), (diagnostic.Code, diagnostic.JsonPointer, diagnostic.Line));
    }

    [Fact]
    public void ParseRubric_MoreItemsThanLimit_ReportsTooManyItems()
    {
        var result = new RubricLoader(new LoaderOptions { MaxItems = 0 }).ParseRubric(TestFiles.Utf8(SmallRubric));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TooManyItems, diagnostic.Code);
        Assert.Equal("/tasks", diagnostic.JsonPointer);
        Assert.Equal(6, diagnostic.Line);
    }

    [Fact]
    public void ParseRubric_LargerThanLimit_ReportsFileTooLarge()
    {
        var result = new RubricLoader(new LoaderOptions { MaxFileBytes = 10 }).ParseRubric(TestFiles.Utf8(SmallRubric));

        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ParseRubric_DeeperThanLimit_ReportsNestingTooDeep()
    {
        var result = new RubricLoader(new LoaderOptions { MaxDepth = 4 }).ParseRubric(TestFiles.Utf8(SmallRubric));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, diagnostic.Code);
        Assert.Equal("/tasks/0/stages/0", diagnostic.JsonPointer);
    }

    [Fact]
    public void LoadRubric_MissingFile_ReportsFileUnreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), "rubric-engine-no-such-file.json");

        var result = Loader.LoadRubric(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileUnreadable, diagnostic.Code);
        Assert.Equal(path, diagnostic.File);
    }

    [Fact]
    public void LoadRubric_FileLargerThanLimit_ReportsFileTooLarge()
    {
        var result = new RubricLoader(new LoaderOptions { MaxFileBytes = 100 }).LoadRubric(TestFiles.Fixture("valid.rubric.json"));

        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ParseAssessment_FirstLineGiven_ShiftsReportedLines()
    {
        var result = Loader.ParseAssessment(TestFiles.Utf8("{\"formatVersion\": 1,\n \"round\": 5}"), "a.jsonl", firstLine: 10);

        Assert.All(result.Diagnostics, static d => Assert.InRange(d.Line, 10, 11));
        Assert.Contains(result.Diagnostics, static d => d.Line == 11 && d.JsonPointer == "/round");
    }

    [Fact]
    public void ReadAssessmentLines_MixedFile_ReportsEachNonBlankLineAtItsOwnLine()
    {
        using var stream = File.OpenRead(TestFiles.Fixture("assessments.jsonl"));

        var results = Loader.ReadAssessmentLines(stream, "assessments.jsonl").ToList();

        Assert.Equal(4, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.Equal("school-01", results[0].Value!.UnitId);
        Assert.False(results[1].Succeeded);
        var syntax = Assert.Single(results[1].Diagnostics);
        Assert.Equal((DiagnosticCodes.JsonSyntax, 4), (syntax.Code, syntax.Line));
        Assert.True(results[2].Succeeded);
        Assert.Equal(AssessmentRound.Unannounced, results[2].Value!.Round);
        Assert.Contains(results[3].Diagnostics, static d => d.Code == DiagnosticCodes.InvalidEnumValue && d.Line == 6 && d.JsonPointer == "/round");
    }

    [Fact]
    public void ReadAssessmentLines_CrlfLineEnds_ReadsEveryLine()
    {
        var text = "{\"formatVersion\":1,\"unit\":{\"id\":\"a\"},\"round\":\"annual\",\"self\":{}}\r\n\r\n{\"formatVersion\":1,\"unit\":{\"id\":\"b\"},\"round\":\"annual\",\"self\":{}}\r\n";
        using var stream = new MemoryStream(TestFiles.Utf8(text));

        var results = Loader.ReadAssessmentLines(stream).ToList();

        Assert.Equal(["a", "b"], results.Select(static r => r.Value!.UnitId));
    }

    [Fact]
    public void ReadAssessmentLines_LineLongerThanTheLimit_OneErrorAtThatLineAndTheRestUnread()
    {
        var loader = new RubricLoader(new LoaderOptions { MaxFileBytes = 1024 });
        var good = "{\"formatVersion\":1,\"unit\":{\"id\":\"a\"},\"round\":\"annual\",\"self\":{}}";
        using var stream = new MemoryStream(TestFiles.Utf8(good + "\n\n{\"x\":\"" + new string('x', 5000) + "\"}\n" + good + "\n"));

        var results = loader.ReadAssessmentLines(stream, "batch.jsonl").ToList();

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Succeeded);
        var error = Assert.Single(results[1].Diagnostics);
        Assert.Equal((DiagnosticCodes.FileTooLarge, 3, 1, "batch.jsonl"), (error.Code, error.Line, error.Column, error.File));
    }

    [Fact]
    public void ReadAssessmentLines_EndlessLineWithoutNewline_EndsWithinTheLimit()
    {
        var loader = new RubricLoader(new LoaderOptions { MaxFileBytes = 64 * 1024 });
        using var endless = new EndlessStream();

        var results = loader.ReadAssessmentLines(endless, "zero.jsonl").ToList();

        var error = Assert.Single(Assert.Single(results).Diagnostics);
        Assert.Equal(DiagnosticCodes.FileTooLarge, error.Code);
        Assert.InRange(endless.BytesRead, 64 * 1024, 4 * 64 * 1024);
    }

    [Fact]
    public void ReadAssessmentLines_MoreRecordsThanTheLimit_StopsWithOneErrorAtTheFirstOneTooMany()
    {
        var loader = new RubricLoader(new LoaderOptions { MaxAssessments = 3 });
        using var stream = new MemoryStream(TestFiles.Utf8(string.Concat(Enumerable.Repeat("[]\n", 10))));

        var results = loader.ReadAssessmentLines(stream, "batch.jsonl").ToList();

        Assert.Equal(4, results.Count);
        var error = Assert.Single(results[3].Diagnostics);
        Assert.Equal((DiagnosticCodes.TooManyAssessments, 4), (error.Code, error.Line));
    }

    [Fact]
    public void ReadAssessmentLines_FailuresInARowPastTheLimit_StopsWithOneError()
    {
        var loader = new RubricLoader(new LoaderOptions { MaxConsecutiveFailures = 5 });
        using var stream = new MemoryStream(TestFiles.Utf8(string.Concat(Enumerable.Repeat("garbage\n", 50))));

        var results = loader.ReadAssessmentLines(stream, "random.jsonl").ToList();

        Assert.Equal(6, results.Count);
        Assert.All(results.Take(5), r => Assert.Equal(DiagnosticCodes.JsonSyntax, r.Diagnostics[0].Code));
        var error = Assert.Single(results[5].Diagnostics);
        Assert.Equal((DiagnosticCodes.TooManyAssessments, 6), (error.Code, error.Line));
    }

    [Fact]
    public void ReadAssessmentLines_LinesAcrossBlocksAndLongerThanABlock_EveryLineWholeAtItsLine()
    {
        // Lines of a few bytes to 150 KB, read through a stream that hands out odd-sized pieces,
        // so lines straddle the loader's 64 KB blocks and some need a larger one.
        var random = new Random(7);
        var lengths = Enumerable.Range(0, 400).Select(n => n % 50 == 7 ? random.Next(70_000, 150_000) : random.Next(0, 3_000)).ToList();
        var text = string.Join("\n", lengths.Select((length, n) => "{\"formatVersion\":1,\"unit\":{\"id\":\"u" + n + "\"},\"round\":\"annual\",\"notes\":\"" + new string('x', length) + "\",\"self\":{}}"));
        var loader = new RubricLoader(new LoaderOptions { MaxStringLength = 200_000 });
        using var stream = new PiecemealStream(TestFiles.Utf8(text), new Random(11));

        var results = loader.ReadAssessmentLines(stream, "long.jsonl").ToList();

        Assert.Equal(lengths.Count, results.Count);
        Assert.All(results, (result, n) =>
        {
            Assert.True(result.Succeeded, string.Join(" | ", result.Diagnostics));
            Assert.Equal(("u" + n, lengths[n]), (result.Value!.UnitId, result.Value.Notes!.Length));
            Assert.True(result.TryLocate("/unit/id", out var line, out _));
            Assert.Equal(n + 1, line);
        });
    }

    [Fact]
    public void ReadLines_ParsedOnSeveralThreads_SameResultsAsReadAssessmentLines()
    {
        var text = string.Join("\n", Enumerable.Range(0, 2_000).Select(static n => n % 10 == 3 ? "garbage" : "{\"formatVersion\":1,\"unit\":{\"id\":\"u" + n + "\"},\"round\":\"annual\",\"self\":{}}"));
        using var one = new MemoryStream(TestFiles.Utf8(text));
        using var many = new MemoryStream(TestFiles.Utf8(text));

        var inOrder = Loader.ReadAssessmentLines(one, "b.jsonl").Select(Describe).ToList();
        var inParallel = Loader.ReadLines(many, "b.jsonl").AsParallel().AsOrdered().Select(line => Describe(Loader.ParseAssessment(line.Utf8, "b.jsonl", line.Number))).ToList();

        Assert.Equal(inOrder, inParallel);
        Assert.Equal(1_800, inOrder.Count(static d => d.StartsWith('u')));

        static string Describe(LoadResult<Assessment> r) => (r.Value?.UnitId ?? "-") + ": " + string.Join(" | ", r.Diagnostics);
    }

    [Fact]
    public void ReadAssessmentLines_GivenUp_ReadPlusNotReadIsEveryRecord()
    {
        var valid = "{\"formatVersion\":1,\"unit\":{\"id\":\"a\"},\"round\":\"annual\",\"self\":{}}";
        string[] kinds = [valid, "garbage", "", "  \t", "[]", "{\"x\":\"" + new string('x', 300) + "\"}"];
        var gen = Gen.Select(Gen.Int[0, kinds.Length - 1].Array[0, 300], Gen.Int[1, 6], Gen.Int[1, 400]);
        gen.Sample(
            (picks, failures, records) =>
            {
                var lines = picks.Select(i => kinds[i]).ToList();
                var loader = new RubricLoader(new LoaderOptions { MaxConsecutiveFailures = failures, MaxAssessments = records, MaxFileBytes = 256 });
                using var stream = new MemoryStream(TestFiles.Utf8(string.Join("\n", lines)));

                var results = loader.ReadAssessmentLines(stream, "b.jsonl").ToList();

                var stop = results.LastOrDefault() is { Diagnostics: [{ Code: DiagnosticCodes.TooManyAssessments or DiagnosticCodes.FileTooLarge } last] } ? last : null;
                var notRead = stop is null ? 0 : long.Parse(System.Text.RegularExpressions.Regex.Match(stop.Message, @"(\d+) records? (from|after)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var read = results.Count - (stop is null ? 0 : 1);
                Assert.Equal(lines.Count(static l => l.Trim().Length > 0), read + notRead);
            },
            iter: 200);
    }

    [Fact]
    public void ReadAssessmentLines_ScatteredFailures_ReadToTheEnd()
    {
        var loader = new RubricLoader(new LoaderOptions { MaxConsecutiveFailures = 2 });
        var valid = "{\"formatVersion\":1,\"unit\":{\"id\":\"a\"},\"round\":\"annual\",\"self\":{}}";
        using var stream = new MemoryStream(TestFiles.Utf8(string.Join("\n", Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? "bad" : valid))));

        var results = loader.ReadAssessmentLines(stream, "mixed.jsonl").ToList();

        Assert.Equal(20, results.Count);
        Assert.Equal(10, results.Count(r => r.Succeeded));
    }

    [Fact]
    public void ReadAssessmentLines_Utf16Stream_OneEncodingErrorNotOnePerLine()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}\n{}\n{}\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        var results = Loader.ReadAssessmentLines(stream, "batch.jsonl").ToList();

        Assert.Equal(DiagnosticCodes.UnsupportedEncoding, Assert.Single(Assert.Single(results).Diagnostics).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { (byte)'{', 0, (byte)'"', 0 })]
    public void ReadAssessmentLines_ForeignLookingFirstLineOnly_ThatLineRejectedTheRestRead(byte[] firstLine)
    {
        var valid = TestFiles.Utf8("\n{\"formatVersion\":1,\"unit\":{\"id\":\"a\"},\"round\":\"annual\",\"self\":{}}\n{\"formatVersion\":1,\"unit\":{\"id\":\"b\"},\"round\":\"annual\",\"self\":{}}\n");
        using var stream = new MemoryStream([.. firstLine, .. valid]);

        var results = Loader.ReadAssessmentLines(stream, "batch.jsonl").ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal(DiagnosticCodes.UnsupportedEncoding, Assert.Single(results[0].Diagnostics).Code);
        Assert.Equal(["a", "b"], results.Skip(1).Select(static r => r.Value!.UnitId));
    }

    [Fact]
    public void ReadAssessmentLines_Utf16StreamOfManyLines_StopSaysHowManyRecordsWereNotRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}\n{}\n{}\n{}\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        var error = Assert.Single(Assert.Single(Loader.ReadAssessmentLines(stream, "batch.jsonl")).Diagnostics);

        Assert.Equal((DiagnosticCodes.UnsupportedEncoding, 1), (error.Code, error.Line));
        // Split at its 0x0A bytes, four UTF-16 lines end with a fifth piece: the line feed's zero byte.
        Assert.Contains("5 records from this line on were not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAssessmentLines_StreamFailsMidway_LinesBeforeKeptAndTheFailureReported()
    {
        var good = "{\"formatVersion\":1,\"unit\":{\"id\":\"a\"},\"round\":\"annual\",\"self\":{}}\n";
        using var stream = new FailingStream(TestFiles.Utf8(good + good));

        var results = Loader.ReadAssessmentLines(stream, "-").ToList();

        Assert.Equal(3, results.Count);
        Assert.True(results[0].Succeeded && results[1].Succeeded);
        var error = Assert.Single(results[2].Diagnostics);
        Assert.Equal((DiagnosticCodes.FileUnreadable, 3), (error.Code, error.Line));
    }

    [Fact]
    public void ParseRubric_MoreValuesThanTheLimit_LocatedErrorAtTheFirstOneTooMany()
    {
        var loader = new RubricLoader(new LoaderOptions { MaxValues = 100 });

        var result = loader.ParseRubric(TestFiles.Utf8("[" + string.Join(",", Enumerable.Repeat("0", 500)) + "]"), "wide.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.TooManyValues, 1, 200, "/99"), (error.Code, error.Line, error.Column, error.JsonPointer));
    }

    [Fact]
    public void ParseAssessment_LoneSurrogateEscape_LocatedSyntaxErrorNotAnException()
    {
        var result = Loader.ParseAssessment(TestFiles.Utf8("{\n  \"unit\": \"\\ud800\"\n}"), "a.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.JsonSyntax, 2, 11, "/unit"), (error.Code, error.Line, error.Column, error.JsonPointer));
    }

    [Fact]
    public void ParseRubric_MinifiedDocumentOfManyValues_LocatesTheLastOneExactly()
    {
        // One long line: columns are counted on from the previous value, not from the line start each time.
        var json = "[" + string.Join(",", Enumerable.Repeat("\"考\"", 20_000)) + ",1e400]";

        var error = Assert.Single(Loader.ParseRubric(TestFiles.Utf8(json), "wide.json").Diagnostics);

        Assert.Equal((DiagnosticCodes.NumberOutOfRange, 1, json.IndexOf("1e400", StringComparison.Ordinal) + 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void ParseRubric_ArbitraryCorruption_NeverThrowsAndLocatesEveryError()
    {
        var valid = TestFiles.FixtureBytes("valid.rubric.json");
        var corruption = Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[0, valid.Length]);

        corruption.Sample((position, value, cut) =>
        {
            var bytes = (byte[])valid.Clone();
            bytes[position] = value;
            var result = Loader.ParseRubric(bytes.AsMemory(0, cut));
            return result.Succeeded || result.Diagnostics.Any(static d => d.IsError && d.Line >= 1 && d.Column >= 1);
        }, iter: 300);
    }

    [Theory]
    [InlineData("{\"$schema\": \"../src/Rubric.Engine.Schema/Schemas/assessment.schema.json\", \"tasks\": []}", DocumentKind.Assessment)]
    [InlineData("{\"$schema\": \"../src/Rubric.Engine.Schema/Schemas/rubric.schema.json\"}", DocumentKind.Rubric)]
    [InlineData("{\"$schema\": \"https://example.org/roster.schema.json\"}", DocumentKind.Roster)]
    [InlineData("{\"formatVersion\": 1, \"tasks\": []}", DocumentKind.Rubric)]
    [InlineData("{\"unit\": {\"id\": \"x\"}, \"assessor\": {}}", DocumentKind.Assessment)]
    [InlineData("{\"self\": {}}", DocumentKind.Assessment)]
    [InlineData("{\"bodies\": []}", DocumentKind.Roster)]
    [InlineData("{\"levels\": []}", DocumentKind.Plan)]
    [InlineData("{\"$schema\": \"../src/Rubric.Engine.Schema/Schemas/plan.schema.json\", \"tasks\": []}", DocumentKind.Plan)]
    [InlineData("{\"$schema\": \"other.json\", \"bodies\": []}", DocumentKind.Roster)]
    [InlineData("{\"something\": 1}", DocumentKind.Unknown)]
    [InlineData("[{\"tasks\": []}]", DocumentKind.Unknown)]
    [InlineData("", DocumentKind.Unknown)]
    [InlineData("{\"tasks\": [ broken", DocumentKind.Rubric)]
    public void Detect_Document_RecognisesKind(string json, DocumentKind expected)
    {
        Assert.Equal(expected, RubricLoader.Detect(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Detect_ValidFixtures_RecogniseTheirKinds()
    {
        Assert.Equal(DocumentKind.Rubric, RubricLoader.Detect(TestFiles.FixtureBytes("valid.rubric.json")));
        Assert.Equal(DocumentKind.Assessment, RubricLoader.Detect(TestFiles.FixtureBytes("valid.assessment.json")));
        Assert.Equal(DocumentKind.Roster, RubricLoader.Detect(TestFiles.FixtureBytes("valid.roster.json")));
    }

    [Fact]
    public void ParseAssessment_BadValueUnderKeyWithSlashAndTilde_ReportsEscapedPointerAtTheValue()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\",\n \"assessor\": {\"t1\": {\"a/b~c\": null}}}";

        var diagnostic = Assert.Single(Loader.ParseAssessment(TestFiles.Utf8(json)).Diagnostics);

        Assert.Equal("/assessor/t1/a~1b~0c", diagnostic.JsonPointer);
        Assert.Equal((2, json.Split('\n')[1].IndexOf("null", StringComparison.Ordinal) + 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void ParseAssessment_BadValueUnderChineseKey_ReportsReadablePointer()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\", \"self\": {\"t1\": {\"标语 1\": [1]}}}";

        var diagnostic = Assert.Single(Loader.ParseAssessment(TestFiles.Utf8(json)).Diagnostics);

        Assert.Equal("/self/t1/标语 1", diagnostic.JsonPointer);
        Assert.Equal(json.IndexOf("[1]", StringComparison.Ordinal) + 1, diagnostic.Column);
    }

    [Fact]
    public void ParseAssessment_InvalidByteAnywhere_ReportedAsEveryDocumentIs()
    {
        // The reader validates UTF-8 where it makes strings; the whole text is checked only once a
        // record fails. Wherever a bad byte stands, the outcome must be the one every other kind of
        // document gets from checking the bytes first.
        var document = Encoding.UTF8.GetBytes("""
            {"$schema": "assessment.schema.json", "formatVersion": 1, "round": "annual",
             "unit": {"id": "school-01", "name": "青山村小"}, "date": "2011-12-08", "assessedBy": "第8考核组",
             "notes": "抽查", "rubric": "panlong",
             "self": {"t1.1": {"met": true, "note": "材料齐全", "evidenceRefs": ["照片", "方案"]}, "t2.6": {"level": "准时"}},
             "assessor": {"t1.9": {"missing": 2}, "t1.16": {"awarded": 1.5}, "t1.4": {"标语": true}}}
            """);
        Assert.True(Loader.ParseAssessment(document).Succeeded);

        var checkedAtBoundaries = 0;
        for (var at = 0; at <= document.Length; at++)
        {
            if (at < document.Length && (document[at] & 0xC0) == 0x80)
            {
                continue; // inside a character: the first bad byte would be another one
            }

            // A byte never valid, and the first byte of a three-byte character with nothing after it.
            foreach (var bad in new byte[] { 0xFF, 0xE4 })
            {
                byte[] broken = [.. document.AsSpan(0, at), bad, .. document.AsSpan(at)];
                var expected = Loader.ParseRoster(broken).Diagnostics.Select(Describe).ToList();
                Assert.StartsWith(DiagnosticCodes.InvalidUtf8, Assert.Single(expected));
                Assert.Equal(expected, Loader.ParseAssessment(broken).Diagnostics.Select(Describe));
            }

            checkedAtBoundaries++;
        }

        Assert.Equal(Encoding.UTF8.GetCharCount(document) + 1, checkedAtBoundaries);

        static string Describe(Diagnostic d) => $"{d.Code} {d.Line}:{d.Column} {d.JsonPointer} {d.Message}";
    }

    [Fact]
    public void ParseAssessment_ScoreTyped_ScoredObservation()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\", \"assessor\": {\"t1.9\": {\"score\": 1.4, \"note\": \"自查\"}}}";

        var result = Loader.ParseAssessment(TestFiles.Utf8(json));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var observation = result.Value!.Column(ScoreSide.Assessor)!["t1.9"];
        Assert.Equal((1.4m, (Observation?)null, "自查"), (observation.Score, observation.Observed, observation.Note));
        Assert.Empty(observation.Values);
    }

    [Fact]
    public void ParseAssessment_ScoreBesideObservation_BothKept()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\", \"self\": {\"t1.9\": {\"missing\": 3, \"score\": 1.4}}}";

        var observation = Loader.ParseAssessment(TestFiles.Utf8(json)).Value!.Column(ScoreSide.Self)!["t1.9"];

        Assert.Equal("t1.9 {score = 1.4; missing = 3}", observation.ToString());
    }

    [Fact]
    public void ParseAssessment_ObservationMemberInAnotherCase_LocatedWarningAndStillLoads()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\",\n \"assessor\": {\"t1.1\": {\"met\": true, \"Met\": false}}}";

        var result = Loader.ParseAssessment(TestFiles.Utf8(json), "a.json");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            $"a.json(2,{json.Split('\n')[1].IndexOf("false", StringComparison.Ordinal) + 1}): warning RUB1303: Unknown member 'Met' in the observation of item 't1.1': names are case-sensitive, and the rules read 'met'. It is not read. [at /assessor/t1.1/Met]",
            warning.ToString());
    }

    [Fact]
    public void ParseAssessment_ObservationMemberInAnotherCaseStrict_Error()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\", \"self\": {\"t1.7\": {\"Missing\": 2}}}";

        var result = new RubricLoader(new LoaderOptions { Strict = true }).ParseAssessment(TestFiles.Utf8(json));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.UnknownObservationMember, "/self/t1.7/Missing"), (error.Severity, error.Code, error.JsonPointer));
    }

    [Fact]
    public void ParseAssessment_ConditionIdsDifferingOnlyInCase_WarningAtTheSecond()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\", \"self\": {\"t1.4\": {\"slogan\": true, \"noticeboard\": true, \"Slogan\": false}}}";

        var warning = Assert.Single(Loader.ParseAssessment(TestFiles.Utf8(json)).Diagnostics);

        Assert.Equal((DiagnosticCodes.UnknownObservationMember, "/self/t1.4/Slogan"), (warning.Code, warning.JsonPointer));
        Assert.Contains("has both 'slogan' and 'Slogan'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAssessment_ObservationMembersAsTheRulesReadThem_NoDiagnostic()
    {
        var json = "{\"formatVersion\": 1, \"unit\": {\"id\": \"s\"}, \"round\": \"annual\", \"self\": {\"t1.4\": {\"slogan\": true, \"noticeboard\": true, \"note\": \"n\"}, \"t1.7\": {\"missing\": 1, \"evidenceRefs\": [\"x\"]}}}";

        var result = Loader.ParseAssessment(TestFiles.Utf8(json));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>Zero bytes for ever, like /dev/zero, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Gives its bytes, then fails as a broken pipe would.</summary>
    private sealed class FailingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("the pipe broke");
        }
    }

    /// <summary>Hands out its bytes in pieces of 1 to 9,000 bytes, as a pipe or a slow disk may.</summary>
    private sealed class PiecemealStream(byte[] bytes, Random random) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, random.Next(1, 9_000)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, random.Next(1, 9_000))]);
    }
}
