using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;

namespace Rubric.Engine.Schema.Tests;

/// <summary>
/// The one path from bytes to an assessment: it must read every valid document to the model its
/// content describes, whatever the member order, white space, escapes, notes or evidence, and
/// accept exactly the documents that the schema and the format's rules accept.
/// </summary>
public sealed class AssessmentReaderTests
{
    private static readonly RubricLoader Loader = new();

    private static readonly JsonSchema AssessmentSchema = JsonSchema.FromText(RubricSchemas.GetSchemaText(DocumentKind.Assessment), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static readonly string[] Keys = ["met", "missing", "noneDone", "achieved", "level", "awarded", "slogan", "宣传栏", "x.y"];

    private static readonly Gen<JsonNode?> ObservedValues = Gen.OneOf<JsonNode?>(
        Gen.Bool.Select(static b => (JsonNode?)JsonValue.Create(b)),
        Gen.Int[0, 40].Select(static n => (JsonNode?)JsonValue.Create(n)),
        Gen.Decimal[-5m, 5m].Select(static d => (JsonNode?)JsonValue.Create(decimal.Round(d, 3))),
        Gen.Int[0, 4].Select(static i => new[] { "onTime", "late", "未交", "a\"b\\c\n", "\u00e9\u4e2d\U0001F600" }[i]).Select(static s => (JsonNode?)JsonValue.Create(s)));

    private static readonly Gen<JsonObject> Observations =
        Gen.Select(Gen.Int[0, Keys.Length - 1].Array[1, 4], ObservedValues.Array[4], Gen.Int[0, 3], Gen.Bool.Select(static b => b ? "副校长未交" : "note \"quoted\""))
            .Select(static (keys, values, extra, note) =>
            {
                var observation = new JsonObject();
                foreach (var (key, i) in keys.Distinct().Select(static (int k, int i) => (k, i)))
                {
                    observation[Keys[key]] = values[i]?.DeepClone();
                }

                if (extra == 1)
                {
                    observation["note"] = note;
                }
                else if (extra == 2)
                {
                    observation["evidenceRefs"] = new JsonArray("会议记录本", "照片");
                }

                return observation;
            });

    private static readonly Gen<JsonObject?> Columns =
        Gen.Select(Gen.Int[1, 40].Array[0, 12], Observations.Array[12], Gen.Int[0, 4]).Select(static (ids, observations, absent) =>
        {
            if (absent == 0)
            {
                return null;
            }

            var column = new JsonObject();
            foreach (var (id, i) in ids.Distinct().Select(static (int id, int i) => (id, i)))
            {
                column["t" + (id % 3) + "." + id] = observations[i].DeepClone();
            }

            return column;
        });

    private static readonly Gen<JsonObject> Documents =
        Gen.Select(Columns, Columns, Gen.Int[0, 5], Gen.Date[new DateTime(2000, 1, 1), new DateTime(2030, 12, 31)], Gen.Int[0, 2].Select(static i => new[] { "annual", "selfAssessment", "unannounced" }[i]))
            .Where(static (self, assessor, _, _, _) => self is not null || assessor is not null)
            .Select(static (self, assessor, optional, date, round) =>
            {
                var document = new JsonObject
                {
                    ["formatVersion"] = 1,
                    ["unit"] = optional % 2 == 0 ? new JsonObject { ["id"] = "school-01" } : new JsonObject { ["name"] = "盘龙镇中心小学", ["id"] = "s_1" },
                    ["round"] = round,
                };
                if (optional > 1)
                {
                    document["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    document["rubric"] = "panlong-theme-practice";
                    document["assessedBy"] = "第3考核组";
                    document["notes"] = "line\nbreak";
                    document["$schema"] = "../assessment.schema.json";
                }

                if (self is not null)
                {
                    document["self"] = self;
                }

                if (assessor is not null)
                {
                    document["assessor"] = assessor;
                }

                return document;
            });

    [Fact]
    public void Read_AnyMemberOrderWhiteSpaceAndEscapes_SameAssessment() =>
        Gen.Select(Documents, Gen.UInt, Gen.Int[0, 3]).Sample(
            (document, seed, style) =>
            {
                var plain = Loader.ParseAssessment(TestFiles.Utf8(document.ToJsonString()));
                var varied = Loader.ParseAssessment(TestFiles.Utf8(Write(Shuffle(document, new Random((int)seed)), style)));

                Assert.True(plain.Succeeded, string.Join(" | ", plain.Diagnostics));
                Assert.True(varied.Succeeded, string.Join(" | ", varied.Diagnostics));
                Assert.Equal(AssessmentText.Describe(Expected(document)), AssessmentText.Describe(varied.Value));
                Assert.Equal(AssessmentText.Describe(plain.Value), AssessmentText.Describe(varied.Value));
            },
            iter: 300);

    [Fact]
    public void Read_MutatedDocument_AcceptedExactlyWhenSchemaAndRulesAccept() =>
        Gen.Select(Documents, Gen.Int[0, 9], Gen.UInt).Sample(
            (document, mutation, seed) =>
            {
                var random = new Random((int)seed);
                Mutate(document, mutation, random);
                var json = document.ToJsonString();
                using var parsed = JsonDocument.Parse(json);
                var schemaAccepts = AssessmentSchema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
                var rulesAccept = document["self"] is not null || document["assessor"] is not null;
                rulesAccept &= document["date"] is not JsonValue date || date.GetValueKind() != JsonValueKind.String || DateOnly.TryParseExact(date.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

                var result = Loader.ParseAssessment(TestFiles.Utf8(json));

                Assert.True(result.Succeeded == (schemaAccepts && rulesAccept), $"{json}: schema {schemaAccepts}, rules {rulesAccept}, loader: {string.Join(" | ", result.Diagnostics)}");
                Assert.True(result.Succeeded || result.Diagnostics.Any(static d => d.IsError && d.Line > 0 && d.Column > 0));
            },
            iter: 1_000);

    [Theory]
    [InlineData("0.99999999999999999999999999999999")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    public void Read_NumberADecimalCannotHoldExactly_RefusedNamingTheValue(string number)
    {
        var json = "{\"formatVersion\":1,\"unit\":{\"id\":\"s1\"},\"round\":\"annual\",\"self\":{\"t1.16\":{\"awarded\":" + number + "}}}";

        var result = Loader.ParseAssessment(TestFiles.Utf8(json), "a.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NumberOutOfRange, "/self/t1.16/awarded"), (error.Code, error.JsonPointer));
        Assert.Contains(number, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5000000000000000000000000000000")]
    [InlineData("2e0")]
    [InlineData("0.2E1")]
    [InlineData("-0")]
    public void Read_LongButExactNumber_Accepted(string number)
    {
        var json = "{\"formatVersion\":1,\"unit\":{\"id\":\"s1\"},\"round\":\"annual\",\"self\":{\"t1.16\":{\"awarded\":" + number + "}}}";

        var result = Loader.ParseAssessment(TestFiles.Utf8(json));

        Assert.True(result.Succeeded, string.Join(" | ", result.Diagnostics));
        Assert.True(result.Value.Column(ScoreSide.Self)!["t1.16"].TryGetValue("awarded", out var value));
        Assert.True(value.TryGetDecimal(out var read));
        Assert.Equal(decimal.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture), read);
    }

    [Theory]
    [InlineData("{\"formatVersion\":1,\"unit\":{\"id\":\"s1\\n\"},\"round\":\"annual\",\"self\":{}}")]
    [InlineData("{\"formatVersion\":1,\"unit\":{\"id\":\"s1\"},\"round\":\"annual\",\"self\":{\"t1.1\\n\":{\"met\":true}}}")]
    [InlineData("{\"formatVersion\":1,\"rubric\":\"r\\n\",\"unit\":{\"id\":\"s1\"},\"round\":\"annual\",\"self\":{}}")]
    public void Read_IdEndingInALineFeed_Refused(string json) =>
        Assert.False(Loader.ParseAssessment(TestFiles.Utf8(json)).Succeeded);

    [Fact]
    public void Read_NoColumns_MissingColumnAtTheRoot()
    {
        var result = Loader.ParseAssessment(TestFiles.Utf8("{\"formatVersion\":1,\"unit\":{\"id\":\"s1\"},\"round\":\"annual\"}"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MissingColumn, string.Empty, 1, 1), (error.Code, error.JsonPointer, error.Line, error.Column));
    }

    [Fact]
    public void Read_ImpossibleDate_InvalidValueAtTheDate()
    {
        var result = Loader.ParseAssessment(TestFiles.Utf8("{\"formatVersion\":1,\"unit\":{\"id\":\"s1\"},\"round\":\"annual\",\n\"date\":\"2011-02-30\",\"self\":{}}"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidValue, "/date", 2, 8), (error.Code, error.JsonPointer, error.Line, error.Column));
    }

    [Fact]
    public void Read_NoteThatIsNotText_ErrorAtTheNote()
    {
        var result = Loader.ParseAssessment(TestFiles.Utf8("{\"formatVersion\":1,\"unit\":{\"id\":\"s1\"},\"round\":\"annual\",\"self\":{\"t1.1\":{\"note\":5}}}"));

        Assert.Contains(result.Diagnostics, static d => d.IsError && d.JsonPointer == "/self/t1.1/note");
    }

    private static Assessment Expected(JsonObject document)
    {
        List<Observation>? Column(string name) => document[name] is JsonObject column
            ? [.. column.Select(static pair =>
            {
                var observation = pair.Value!.AsObject();
                var values = observation.Where(static v => v.Key is not ("note" or "evidenceRefs")).Select(static v => KeyValuePair.Create(v.Key, Value(v.Value!)));
                return new Observation(pair.Key, values, observation["note"]?.GetValue<string>(), observation["evidenceRefs"]?.AsArray().Select(static e => e!.GetValue<string>()));
            })]
            : null;

        var round = document["round"]!.GetValue<string>() switch
        {
            "annual" => AssessmentRound.Annual,
            "selfAssessment" => AssessmentRound.SelfAssessment,
            _ => AssessmentRound.Unannounced,
        };
        return new Assessment(document["unit"]!["id"]!.GetValue<string>(), round, Column("self"), Column("assessor"))
        {
            UnitName = document["unit"]!["name"]?.GetValue<string>(),
            RubricId = document["rubric"]?.GetValue<string>(),
            Date = document["date"] is { } date ? DateOnly.ParseExact(date.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            AssessedBy = document["assessedBy"]?.GetValue<string>(),
            Notes = document["notes"]?.GetValue<string>(),
        };

        static ObservedValue Value(JsonNode node) => node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => ObservedValue.FromDecimal(decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => ObservedValue.FromString(node.GetValue<string>()),
        };
    }

    private static JsonNode Shuffle(JsonNode node, Random random) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(_ => random.Next()).Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)(pair.Value is null ? null : Shuffle(pair.Value, random))))),
        JsonArray array => new JsonArray([.. array.Select(e => e is null ? null : Shuffle(e, random))]),
        _ => node.DeepClone(),
    };

    private static string Write(JsonNode node, int style) => style switch
    {
        0 => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
        1 => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
        2 => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default }),
        _ => node.ToJsonString().Replace(",", " ,\t", StringComparison.Ordinal).Replace(":", " : ", StringComparison.Ordinal),
    };

    private static void Mutate(JsonObject document, int mutation, Random random)
    {
        var column = (document["self"] ?? document["assessor"])?.AsObject();
        var observation = column?.FirstOrDefault().Value as JsonObject;
        switch (mutation)
        {
            case 0:
                document.Remove(new[] { "formatVersion", "unit", "round", "self", "assessor", "date" }[random.Next(6)]);
                break;
            case 1:
                document[new[] { "formatVersion", "round", "date", "notes", "rubric" }[random.Next(5)]] = new JsonNode?[] { JsonValue.Create(2), JsonValue.Create("x"), JsonValue.Create(true), null, JsonValue.Create("2011-13-01") }[random.Next(5)];
                break;
            case 2:
                document[new[] { "Unit", "extra", "$id", "formatversion" }[random.Next(4)]] = 1;
                break;
            case 3 when observation is not null:
                observation[new[] { "met", "note", "evidenceRefs", "" }[random.Next(4)]] = new JsonNode?[] { null, new JsonObject(), new JsonArray(1), JsonValue.Create(1) }[random.Next(4)];
                break;
            case 4 when column is not null:
                column[new[] { "bad id", "-x", "ok.id", "t1.1\n", "é" }[random.Next(5)]] = new JsonObject { ["met"] = true };
                break;
            case 5:
                document["unit"] = new[] { new JsonObject(), new JsonObject { ["id"] = "" }, new JsonObject { ["id"] = "a", ["x"] = 1 }, new JsonObject { ["id"] = 5 } }[random.Next(4)];
                break;
            case 6 when column is { Count: > 0 }:
                column[column.First().Key] = new JsonNode?[] { null, new JsonArray(), JsonValue.Create(1) }[random.Next(3)];
                break;
            case 7:
                document["formatVersion"] = new[] { 1.0m, 1.5m, 0m }[random.Next(3)];
                break;
            default:
                break;
        }
    }
}
