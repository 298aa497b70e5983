using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

/// <summary>
/// The fast path against the full pipeline: it must read every valid assessment to the same
/// model, and decline every document on which the full pipeline has anything to say.
/// </summary>
public sealed class AssessmentFastPathTests
{
    private static readonly RubricLoader Loader = new();

    public static TheoryData<string> SeedDocuments()
    {
        var data = new TheoryData<string>();
        var seeds = Path.Combine(TestFiles.RepoRoot, "seeds");
        foreach (var file in Directory.GetFiles(Path.Combine(seeds, "assessments"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(File.ReadAllText(file));
        }

        foreach (var line in File.ReadLines(Path.Combine(seeds, "batch.jsonl")).Where(static l => l.Length > 0))
        {
            data.Add(line);
        }

        data.Add(File.ReadAllText(TestFiles.Fixture("valid.assessment.json")));
        return data;
    }

    public static TheoryData<string> CorpusAssessments()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestFiles.CorpusDirectory, "assessment-*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedDocuments))]
    public void TryRead_SeedAssessment_EqualsTheFullPipeline(string json)
    {
        var bytes = TestFiles.Utf8(json);
        var fast = AssessmentFastPath.TryRead(bytes, LoaderOptions.Default);
        var full = Loader.ParseAssessmentFully(bytes);

        Assert.NotNull(fast);
        Assert.Empty(full.Diagnostics);
        Assert.Equal(AssessmentText.Describe(full.Value!), AssessmentText.Describe(fast));
    }

    [Theory]
    [MemberData(nameof(CorpusAssessments))]
    public void TryRead_CorpusAssessment_DeclinesSoTheDiagnosticsStay(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, name));
        var full = Loader.ParseAssessmentFully(bytes, name);

        Assert.NotEmpty(full.Diagnostics);
        Assert.Null(AssessmentFastPath.TryRead(bytes, LoaderOptions.Default));
        Assert.Equal(full.Diagnostics.Select(static d => d.ToString()), Loader.ParseAssessment(bytes, name).Diagnostics.Select(static d => d.ToString()));
    }

    [Fact]
    public void TryRead_RandomValidAssessment_EqualsTheFullPipeline() =>
        ValidDocument.Sample(json =>
        {
            var bytes = TestFiles.Utf8(json);
            var fast = AssessmentFastPath.TryRead(bytes, LoaderOptions.Default);
            var full = Loader.ParseAssessmentFully(bytes);
            return fast is not null && full.Diagnostics.Count == 0 && AssessmentText.Describe(full.Value!) == AssessmentText.Describe(fast);
        });

    [Fact]
    public void TryRead_RandomNearlyValidDocument_AcceptsOnlyWhatTheFullPipelineAcceptsUntouched() =>
        NearlyValidDocument.Sample(json =>
        {
            var bytes = TestFiles.Utf8(json);
            var fast = AssessmentFastPath.TryRead(bytes, LoaderOptions.Default);
            if (fast is null)
            {
                return true;
            }

            var full = Loader.ParseAssessmentFully(bytes);
            return full.Diagnostics.Count == 0 && AssessmentText.Describe(full.Value!) == AssessmentText.Describe(fast);
        });

    [Theory]
    [InlineData("\"formatVersion\": 1.0")]
    [InlineData("\"formatVersion\": 1, \"formatVersion\": 1")]
    [InlineData("\"formatVersion\": 1, \"extra\": 1")]
    [InlineData("\"formatVersion\": 1, \"\\u0072ubric\": \"x\"")]
    [InlineData("\"formatVersion\": 1, \"date\": \"2011-02-30\"")]
    [InlineData("\"formatVersion\": 1, \"rubric\": \"a b\"")]
    public void TryRead_UnusualButPossiblyValid_Declines(string head)
    {
        var json = "{" + head + ", \"unit\": { \"id\": \"s1\" }, \"round\": \"annual\", \"self\": { \"t1\": { \"met\": true } } }";

        Assert.Null(AssessmentFastPath.TryRead(TestFiles.Utf8(json), LoaderOptions.Default));
    }

    [Fact]
    public void TryRead_ByteOrderMark_DeclinesAndTheFullPipelineReadsIt()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. TestFiles.Utf8(Minimal("\"met\": true"))];

        Assert.Null(AssessmentFastPath.TryRead(bytes, LoaderOptions.Default));
        Assert.True(Loader.ParseAssessment(bytes).Succeeded);
    }

    [Fact]
    public void TryRead_MoreBytesThanTheValueLimit_DeclinesSoTheLimitIsReported()
    {
        var bytes = TestFiles.Utf8(Minimal("\"met\": true"));
        var options = new LoaderOptions { MaxValues = bytes.Length - 1 };

        Assert.NotNull(AssessmentFastPath.TryRead(bytes, new LoaderOptions { MaxValues = bytes.Length }));
        Assert.Null(AssessmentFastPath.TryRead(bytes, options));
    }

    [Fact]
    public void TryRead_StringNearTheLimit_Declines()
    {
        var options = new LoaderOptions { MaxStringLength = 4 };

        Assert.NotNull(AssessmentFastPath.TryRead(TestFiles.Utf8(Minimal("\"met\": true")), LoaderOptions.Default));
        Assert.Null(AssessmentFastPath.TryRead(TestFiles.Utf8(Minimal("\"level\": \"late1\"")), options));
    }

    [Fact]
    public void ParseAssessment_FastPathResult_LocatesLikeTheFullPipeline()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.RepoRoot, "seeds", "assessments", "school-01.assessment.json"));
        var fast = Loader.ParseAssessment(bytes, "a.json", 3);
        var full = Loader.ParseAssessmentFully(bytes, "a.json", 3);

        foreach (var pointer in new[] { string.Empty, "/unit/id", "/assessor", "/assessor/t1.7/missing", "/self/t1.1/met", "/nowhere" })
        {
            var found = full.TryLocate(pointer, out var line, out var column);
            Assert.Equal((found, line, column), (fast.TryLocate(pointer, out var l, out var c), l, c));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t \r")]
    [InlineData("\n\n  ")]
    [InlineData(" \r\n\t")]
    public void ParseAssessment_FastPathRootAfterWhiteSpace_LocatedLikeTheFullPipeline(string lead)
    {
        var bytes = TestFiles.Utf8(lead + Minimal("\"met\": true") + " ");
        var fast = Loader.ParseAssessment(bytes, "a.jsonl", 7);
        var full = Loader.ParseAssessmentFully(bytes, "a.jsonl", 7);

        Assert.NotNull(AssessmentFastPath.TryRead(bytes, Loader.Options));
        var found = full.TryLocate(string.Empty, out var line, out var column);
        Assert.Equal((found, line, column), (fast.TryLocate(string.Empty, out var l, out var c), l, c));
    }

    private static string Minimal(string observation) =>
        "{\"formatVersion\": 1, \"unit\": { \"id\": \"s1\" }, \"round\": \"annual\", \"self\": { \"t1\": { " + observation + " } } }";

    private static readonly Gen<string> Id =
        Gen.Select(Gen.Char["abcXYZ019"], Gen.Char["abz09._-"].Array[0, 6]).Select(static (first, rest) => first + new string(rest));

    private static readonly Gen<string> Text = Gen.Char["ab 考核\"\\/\n\t"].Array[0, 8].Select(static c => new string(c));

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Bool.Select(static b => b ? "true" : "false"),
        Gen.Int[-5, 40].Select(static i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Decimal[-100m, 100m].Select(static d => Math.Round(d, 3).ToString(CultureInfo.InvariantCulture)),
        Text.Select(Json));

    private static readonly Gen<string> Observation =
        Gen.Select(Gen.Select(Gen.OneOf(Gen.Const("met"), Gen.Const("missing"), Gen.Const("level"), Id), Scalar).Array[0, 3], Gen.Bool, Gen.Bool)
            .Select(static (values, note, evidence) =>
            {
                var members = values.DistinctBy(static v => v.Item1).Select(static v => Json(v.Item1) + ": " + v.Item2).ToList();
                if (note)
                {
                    members.Add("\"note\": \"备注\"");
                }

                if (evidence)
                {
                    members.Add("\"evidenceRefs\": [\"a\", \"考核\"]");
                }

                return "{ " + string.Join(", ", members) + " }";
            });

    private static readonly Gen<string> Column =
        Gen.Select(Id, Observation).Array[0, 5].Select(static items => "{ " + string.Join(", ", items.DistinctBy(static i => i.Item1).Select(static i => Json(i.Item1) + ": " + i.Item2)) + " }");

    private static readonly Gen<string> ValidDocument =
        Gen.Select(Id, Gen.OneOf(Gen.Const("annual"), Gen.Const("selfAssessment"), Gen.Const("unannounced")), Gen.Int[0, 11000].Select(static days => new DateOnly(2000, 1, 1).AddDays(days)), Column.Null(0.3), Column.Null(0.3), Text)
            .Where(static t => t.Item4 is not null || t.Item5 is not null)
            .Select(static (id, round, date, self, assessor, notes) =>
            {
                var members = new List<string>
                {
                    "\"formatVersion\": 1",
                    "\"rubric\": \"panlong\"",
                    "\"unit\": { \"id\": " + Json(id) + ", \"name\": \"盘龙\" }",
                    "\"round\": " + Json(round),
                    "\"date\": \"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"",
                    "\"notes\": " + Json(notes),
                };
                if (self is not null)
                {
                    members.Add("\"self\": " + self);
                }

                if (assessor is not null)
                {
                    members.Add("\"assessor\": " + assessor);
                }

                return "{ " + string.Join(",\n ", members) + " }";
            });

    /// <summary>A valid document with one token swapped for something else: a wrong kind, a bad name, a duplicate, a cut.</summary>
    private static readonly Gen<string> NearlyValidDocument =
        Gen.Select(ValidDocument, Gen.Int[0, 1000], Gen.OneOf(
            Gen.Const("null"), Gen.Const("{}"), Gen.Const("[]"), Gen.Const("1e400"), Gen.Const("1.0"), Gen.Const("\"\""),
            Gen.Const("\"a b\""), Gen.Const("\"2011-02-30\""), Gen.Const("\"x\": 1, \"x\": 2"), Gen.Const(","), Gen.Const("\"\\u0041\""), Gen.Const("}")))
            .Select(static (json, at, replacement) =>
            {
                var tokens = json.Split(' ');
                var index = at % tokens.Length;
                tokens[index] = tokens[index].EndsWith(',') ? replacement + "," : replacement;
                return string.Join(' ', tokens);
            });

    private static string Json(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
}
