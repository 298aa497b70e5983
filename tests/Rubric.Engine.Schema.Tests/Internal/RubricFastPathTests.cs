using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

/// <summary>
/// The rubric fast path against the full pipeline: a valid rubric reads to the same model with
/// the same warnings at the same places, and every document it is not sure about is declined, so
/// that the full pipeline's diagnostics stay exactly as they were.
/// </summary>
public sealed class RubricFastPathTests
{
    private const string SeedName = "panlong.rubric.json";

    private static readonly RubricLoader Loader = new();

    private static readonly Lazy<byte[]> Seed = new(static () => File.ReadAllBytes(Path.Combine(TestFiles.RepoRoot, "seeds", SeedName)));

    public static TheoryData<string> ValidRubrics()
    {
        var seed = Encoding.UTF8.GetString(Seed.Value);
        var fixture = File.ReadAllText(TestFiles.Fixture("valid.rubric.json"));
        return new TheoryData<string>
        {
            seed,
            fixture,
            seed.ReplaceLineEndings("\r\n"),
            fixture.ReplaceLineEndings("\r\n"),
            "\uFEFF" + seed,
            "\n\n   " + fixture,
            Minified(seed),
            Minified(fixture),
            Reserialized(seed, JavaScriptEncoder.Default),
            Reserialized(fixture, JavaScriptEncoder.Default),
        };
    }

    public static TheoryData<string> CorpusRubrics()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestFiles.CorpusDirectory, "rubric-*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void TryRead_Seed_IsTakenWithItsWarnings()
    {
        var fast = RubricFastPath.TryRead(Seed.Value, LoaderOptions.Default, SeedName);

        Assert.NotNull(fast);
        Assert.Equal(["RUB1301", "RUB1302", "RUB1301", "RUB1301"], fast.Value.Diagnostics.Select(static d => d.Code));
    }

    [Fact]
    public void ParseRubric_Seed_GoesThroughTheFastPathAndBuildsNoSourceMap()
    {
        var result = Loader.ParseRubric(Seed.Value, SeedName);

        Assert.True(result.Succeeded);
        Assert.False(result.HasSourceMap);
        Assert.True(Loader.ParseRubricFully(Seed.Value, SeedName).HasSourceMap);
    }

    [Theory]
    [MemberData(nameof(ValidRubrics))]
    public void ParseRubric_ValidRubric_EqualsTheFullPipeline(string json)
    {
        var bytes = TestFiles.Utf8(json);
        var fast = Loader.ParseRubric(bytes, SeedName);
        var full = Loader.ParseRubricFully(bytes, SeedName);

        Assert.NotNull(RubricFastPath.TryRead(bytes, LoaderOptions.Default, SeedName));
        Assert.True(full.Succeeded);
        Assert.Equal(Describe(full.Value), Describe(fast.Value));
        Assert.Equal(Describe(full.Diagnostics), Describe(fast.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(ValidRubrics))]
    public void ParseRubric_ValidRubric_LocatesEveryPointerLikeTheFullPipeline(string json)
    {
        var bytes = TestFiles.Utf8(json);
        var fast = Loader.ParseRubric(bytes, SeedName);
        var full = Loader.ParseRubricFully(bytes, SeedName);

        Assert.False(fast.HasSourceMap);
        var root = (full.TryLocate(string.Empty, out var line, out var column), line, column);
        Assert.Equal(root, (fast.TryLocate(string.Empty, out var l, out var c), l, c));
        Assert.False(fast.HasSourceMap);
        foreach (var pointer in Pointers(json).Append("/nowhere").Append("/tasks/99"))
        {
            var expected = (full.TryLocate(pointer, out line, out column), line, column);
            Assert.Equal(expected, (fast.TryLocate(pointer, out l, out c), l, c));
        }

        Assert.True(fast.HasSourceMap);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ParseRubric_Strict_EqualsTheFullPipeline(bool seed)
    {
        var strict = new RubricLoader(new LoaderOptions { Strict = true });
        var bytes = seed ? Seed.Value : TestFiles.FixtureBytes("valid.rubric.json");
        var fast = strict.ParseRubric(bytes, "r.json");
        var full = strict.ParseRubricFully(bytes, "r.json");

        // The seed has warnings, which strict makes errors: the fast path leaves that to the full pipeline.
        Assert.Equal(!seed, RubricFastPath.TryRead(bytes, strict.Options, "r.json") is not null);
        Assert.Equal(!seed, full.Succeeded);
        Assert.Equal(Describe(full.Value), Describe(fast.Value));
        Assert.Equal(Describe(full.Diagnostics), Describe(fast.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(CorpusRubrics))]
    public void TryRead_CorpusRubric_DeclinesSoTheDiagnosticsStay(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, name));
        var full = Loader.ParseRubricFully(bytes, name);

        Assert.Contains(full.Diagnostics, static d => d.IsError);
        Assert.Null(RubricFastPath.TryRead(bytes, LoaderOptions.Default, name));
        Assert.Equal(Describe(full.Diagnostics), Describe(Loader.ParseRubric(bytes, name).Diagnostics));
    }

    [Theory]
    [InlineData("MaxStringLength", 18)]
    [InlineData("MaxDepth", 9)]
    [InlineData("MaxItems", 28)]
    [InlineData("MaxValues", 100)]
    [InlineData("MaxFileBytes", 1000)]
    public void TryRead_LimitTheSeedComesNear_Declines(string limit, int value)
    {
        var options = limit switch
        {
            "MaxStringLength" => new LoaderOptions { MaxStringLength = value },
            "MaxDepth" => new LoaderOptions { MaxDepth = value },
            "MaxItems" => new LoaderOptions { MaxItems = value },
            "MaxValues" => new LoaderOptions { MaxValues = value },
            _ => new LoaderOptions { MaxFileBytes = value },
        };

        Assert.Null(RubricFastPath.TryRead(Seed.Value, options, SeedName));
        Assert.False(new RubricLoader(options).ParseRubric(Seed.Value, SeedName).Succeeded);
    }

    [Theory]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 1.0")]
    [InlineData("\"id\": \"panlong-theme-practice\"", "\"id\": \"panlong\\u002dtheme-practice\"")]
    [InlineData("\"unitKind\": \"school\"", "\"unitKind\": \"sch\\u006fol\"")]
    [InlineData("\"unitKind\": \"school\"", "\"unit\\u004bind\": \"school\"")]
    [InlineData("\"points\": 100", "\"points\": 1e2")]
    [InlineData("\"incomplete\": \"The source", "\"incomplete\": \"{PropertyName} The source")]
    [InlineData("\"kind\": \"flat\", \"loss\": 1 }", "\"kind\": \"flat\", \"loss\": 1.00000000000000000001 }")]
    public void TryRead_UnusualButPerhapsValid_Declines(string original, string replacement)
    {
        var json = Encoding.UTF8.GetString(Seed.Value);
        Assert.Contains(original, json, StringComparison.Ordinal);
        var bytes = TestFiles.Utf8(ReplaceFirst(json, original, replacement));

        Assert.Null(RubricFastPath.TryRead(bytes, LoaderOptions.Default, SeedName));
    }

    [Fact]
    public void ParseRubric_WarningsOutOfDocumentOrder_SortedLikeTheFullPipeline()
    {
        // The rubric's own total comes last here, after the task and stage totals it is warned after.
        var json = "{\"formatVersion\": 1, \"id\": \"r\", \"title\": \"t\",\n \"tasks\": [{\"id\": \"t1\", \"text\": \"\", \"points\": 3,\n \"stages\": [{\"id\": \"s1\", \"text\": \"\", \"points\": 2, \"items\": [{\"id\": \"i1\", \"text\": \"\", \"points\": 1, \"rule\": {\"kind\": \"flat\"}}]}]}],\n \"incomplete\": \"draft\", \"points\": 5}";
        var bytes = TestFiles.Utf8(json);
        var fast = RubricFastPath.TryRead(bytes, LoaderOptions.Default, "r.json");
        var full = Loader.ParseRubricFully(bytes, "r.json");

        Assert.NotNull(fast);
        Assert.Equal(["/tasks/0/points", "/tasks/0/stages/0/points", "/incomplete", "/points"], full.Diagnostics.Select(static d => d.JsonPointer));
        Assert.Equal(Describe(full.Diagnostics), Describe(fast.Value.Diagnostics));
    }

    [Fact]
    public void TryRead_NumbersWithTrailingZeros_KeepTheirScaleLikeTheFullPipeline()
    {
        var json = File.ReadAllText(TestFiles.Fixture("valid.rubric.json"))
            .Replace("\"rate\": 0.5", "\"rate\": 0.50", StringComparison.Ordinal)
            .Replace("\"points\": 12", "\"points\": 12.000", StringComparison.Ordinal);
        var bytes = TestFiles.Utf8(json);

        Assert.NotNull(RubricFastPath.TryRead(bytes, LoaderOptions.Default, null));
        Assert.Equal(Describe(Loader.ParseRubricFully(bytes).Value), Describe(Loader.ParseRubric(bytes).Value));
        Assert.Contains("12.000", Describe(Loader.ParseRubric(bytes).Value), StringComparison.Ordinal);
    }

    [Fact]
    public void TryPlainDecimal_PlainNumber_ReadsWhatTheJsonReaderReads() =>
        Gen.Select(Gen.OneOf(Gen.Long[0, 999], Gen.Long[0, 999_999_999_999_999]), Gen.Int[0, 15], Gen.Int[0, 3])
            .Select(static (mantissa, scale, zeros) =>
            {
                var digits = mantissa.ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0') + new string('0', zeros);
                var point = digits.Length - scale - zeros;
                return scale + zeros == 0 ? digits : digits[..point] + "." + digits[point..];
            })
            .Sample(static text =>
            {
                var raw = TestFiles.Utf8(text);
                var reader = new Utf8JsonReader(raw);
                reader.Read();
                var expected = reader.GetDecimal();
                var read = RubricFastPath.TryPlainDecimal(raw, out var value);
                return read
                    ? value == expected && value.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture)
                    : raw.Length > 16;
            });

    [Theory]
    [InlineData("-1")]
    [InlineData("1e2")]
    [InlineData("1E2")]
    [InlineData("12345678901234567")]
    [InlineData("")]
    public void TryPlainDecimal_NotPlain_Declines(string text)
    {
        Assert.False(RubricFastPath.TryPlainDecimal(TestFiles.Utf8(text), out _));
    }

    [Fact]
    public void TryRead_MutatedSeed_AcceptsOnlyWhatTheFullPipelineGivesTheSameResult() =>
        Mutation.Sample(
            mutated =>
            {
                var (bytes, options) = mutated;
                var fast = RubricFastPath.TryRead(bytes, options, "m.json");
                if (fast is null)
                {
                    return true;
                }

                var loader = new RubricLoader(options);
                var full = loader.ParseRubricFully(bytes, "m.json");
                var viaLoader = loader.ParseRubric(bytes, "m.json");
                return full.Succeeded
                    && Describe(full.Value) == Describe(fast.Value.Rubric)
                    && Describe(full.Diagnostics) == Describe(fast.Value.Diagnostics)
                    && Describe(full.Value) == Describe(viaLoader.Value)
                    && Describe(full.Diagnostics) == Describe(viaLoader.Diagnostics);
            },
            iter: 3_000,
            print: static m => Encoding.UTF8.GetString(m.Bytes) is var text && text.Length > 3000 ? text[..3000] + "..." : Encoding.UTF8.GetString(m.Bytes));

    [Fact]
    public void TryRead_MutatedSeed_StillTakesTheFastPathOften()
    {
        // Guards the property above against a fast path that declines everything and so proves nothing.
        var accepted = 0;
        Mutation.Sample(
            m =>
            {
                if (RubricFastPath.TryRead(m.Bytes, m.Options, "m.json") is not null)
                {
                    Interlocked.Increment(ref accepted);
                }
            },
            iter: 500,
            threads: 1);

        // About one mutation in eight is still a valid rubric the fast path reads (eleven runs:
        // 49 to 87 of 500, about 65 on average, a standard deviation of about 10): 25 is four
        // deviations below, so a run with a fresh random seed does not fail by chance, while a
        // path that declines everything does. (The bound was 50 and failed once, at 49.)
        Assert.InRange(accepted, 25, 500);
    }

    /// <summary>A JSON text of the seed or the fixture, mutated once or twice, written in one of several styles, read with one of several option sets.</summary>
    private static readonly Gen<(byte[] Bytes, LoaderOptions Options)> Mutation =
        Gen.Select(Gen.Bool, Gen.Int.Array[2, 6], Gen.Int[0, 1], Gen.Int[0, 7], Gen.Int[0, 5], Gen.Int[0, 9], Gen.Int)
            .Select(static (useSeed, picks, mutations, style, optionSet, flip, at) =>
            {
                var text = useSeed ? Encoding.UTF8.GetString(Seed.Value) : File.ReadAllText(TestFiles.Fixture("valid.rubric.json"));
                var root = JsonNode.Parse(text)!.AsObject();
                var duplicate = (string?)null;
                for (var m = 0; m <= mutations; m++)
                {
                    duplicate = Mutate(root, picks[(2 * m) % picks.Length], picks[((2 * m) + 1) % picks.Length]) ?? duplicate;
                }

                var written = root.ToJsonString(new JsonSerializerOptions
                {
                    WriteIndented = style % 2 == 0,
                    Encoder = style % 4 < 2 ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default,
                });
                if (duplicate is not null)
                {
                    written = written.Replace("\"" + DuplicateMarker + "\"", "\"" + duplicate + "\"", StringComparison.Ordinal);
                }

                if (style >= 6)
                {
                    written = (style == 6 ? "\uFEFF" : "\r\n  ") + written.ReplaceLineEndings("\r\n");
                }

                LoaderOptions options = optionSet switch
                {
                    0 => new LoaderOptions { Strict = true },
                    1 => new LoaderOptions { MaxItems = 8 },
                    2 => new LoaderOptions { MaxStringLength = 40 },
                    _ => LoaderOptions.Default,
                };
                var bytes = TestFiles.Utf8(written);
                if (flip == 0)
                {
                    // A byte flipped, often into invalid UTF-8 or broken syntax.
                    bytes[(int)((uint)at % (uint)bytes.Length)] = (byte)(at >> 8);
                }

                return (bytes, options);
            });

    private const string DuplicateMarker = "zz-duplicate-zz";

    private static readonly string[] Names =
    [
        "id", "text", "points", "number", "kind", "loss", "rate", "cap", "step", "target", "unit", "levels", "conditions",
        "noneDoneLosesAll", "methods", "evidence", "rule", "stages", "items", "tasks", "awards", "quota", "percent", "count",
        "ties", "breakers", "resolution", "eligibility", "minimumScore", "title", "Points", "incomplete", "unitKind", "$schema",
    ];

    private static readonly Func<JsonNode?>[] Values =
    [
        static () => null, static () => JsonValue.Create(true), static () => JsonValue.Create(false),
        static () => JsonValue.Create(0), static () => JsonValue.Create(-1), static () => JsonValue.Create(1),
        static () => JsonValue.Create(2), static () => JsonValue.Create(3), static () => JsonValue.Create(20),
        static () => JsonValue.Create(0.5m), static () => JsonValue.Create(0.25m), static () => JsonValue.Create(1.0m),
        static () => JsonValue.Create(7.5m), static () => JsonValue.Create(100), static () => JsonValue.Create(1000001),
        static () => JsonValue.Create(2147483648L), static () => JsonValue.Create(1e300), static () => JsonValue.Create(0.1m + 0.2m),
        static () => JsonValue.Create(string.Empty), static () => JsonValue.Create(" "), static () => JsonValue.Create("x"),
        static () => JsonValue.Create("a b"), static () => JsonValue.Create("note"), static () => JsonValue.Create("t1"),
        static () => JsonValue.Create("t1.prep"), static () => JsonValue.Create("t1.1"), static () => JsonValue.Create("{PropertyName}"),
        static () => JsonValue.Create("考核\"\\/\n\t\u0001é"), static () => JsonValue.Create("flat"), static () => JsonValue.Create("anyOf"),
        static () => JsonValue.Create("perUnit"), static () => JsonValue.Create("shortfall"), static () => JsonValue.Create("tiered"),
        static () => JsonValue.Create("judged"), static () => JsonValue.Create("bonus"), static () => JsonValue.Create("school"),
        static () => JsonValue.Create("centre"), static () => JsonValue.Create("breakTies"), static () => JsonValue.Create("taskScore"),
        static () => JsonValue.Create("check"), static () => new JsonArray(), static () => new JsonObject(),
        static () => new JsonArray(JsonValue.Create("check"), JsonValue.Create("check")),
        static () => new JsonObject { ["kind"] = "flat" }, static () => new JsonObject { ["id"] = "c1", ["text"] = "x" },
    ];

    /// <summary>One change somewhere in the tree; returns the name to write for <see cref="DuplicateMarker"/> when it repeats a member.</summary>
    private static string? Mutate(JsonObject root, int where, int what)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var node = nodes[(int)((uint)where % (uint)nodes.Count)];
        var choice = (int)((uint)what % 10u);
        var pick = (int)((uint)what / 10u);
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
            {
                var member = obj.ElementAt(pick % obj.Count);
                switch (choice)
                {
                    case 0: // drop a member
                        obj.Remove(member.Key);
                        return null;
                    case 1: // repeat a member
                        obj[DuplicateMarker] = member.Value?.DeepClone();
                        return member.Key;
                    case 2: // rename a member, to a near miss or to another member's name
                    {
                        var name = pick % 3 == 0 ? char.ToUpperInvariant(member.Key[0]) + member.Key[1..] : Names[pick % Names.Length];
                        var value = member.Value?.DeepClone();
                        obj.Remove(member.Key);
                        obj[name] = value;
                        return null;
                    }

                    case 3: // an unknown member
                        obj["extra"] = 1;
                        return null;
                    default: // a member's value replaced
                        obj[member.Key] = Values[pick % Values.Length]();
                        return null;
                }
            }

            case JsonArray array when array.Count > 0:
            {
                var index = pick % array.Count;
                switch (choice)
                {
                    case 0:
                        array.RemoveAt(index);
                        return null;
                    case 1:
                        array.Add(array[index]?.DeepClone());
                        return null;
                    default:
                        array[index] = Values[pick % Values.Length]();
                        return null;
                }
            }

            case JsonValue value when value.Parent is JsonObject parent:
            {
                var key = parent.First(p => ReferenceEquals(p.Value, value)).Key;
                parent[key] = NearValue(value, pick, choice);
                return null;
            }

            case JsonValue value when value.Parent is JsonArray parent:
            {
                parent[parent.IndexOf(value)] = NearValue(value, pick, choice);
                return null;
            }

            default:
                return null;
        }
    }

    /// <summary>A value close to the original: a number nudged (which breaks totals), a string with escapes or spaces, or any other value.</summary>
    private static JsonNode? NearValue(JsonValue value, int pick, int choice)
    {
        if (value.GetValueKind() == JsonValueKind.Number && choice < 6 && value.TryGetValue<decimal>(out var number))
        {
            decimal[] deltas = [1m, -1m, 0.5m, 0.1m, -0.25m, 10m];
            return JsonValue.Create(number + deltas[pick % deltas.Length]);
        }

        if (value.GetValueKind() == JsonValueKind.String && choice < 6)
        {
            var text = value.GetValue<string>();
            string[] changed = [text + " ", " " + text, text + "\u00e9", text + "考", text.ToUpperInvariant(), text + "/~\"\\", string.Empty, text + "{x}", "{PropertyName}" + text];
            return JsonValue.Create(changed[pick % changed.Length]);
        }

        return Values[pick % Values.Length]();
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + original.Length)..];
    }

    private static string Minified(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Reserialized(string json, JavaScriptEncoder encoder) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = encoder, WriteIndented = true });

    /// <summary>Every JSON Pointer of a document, as the full pipeline's source map records them.</summary>
    private static List<string> Pointers(string json)
    {
        var pointers = new List<string>();
        using var document = JsonDocument.Parse(json.TrimStart('\uFEFF'));
        Walk(document.RootElement, string.Empty);
        return pointers;

        void Walk(JsonElement element, string pointer)
        {
            pointers.Add(pointer);
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in element.EnumerateObject())
                {
                    Walk(member.Value, pointer + "/" + member.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture));
                    index++;
                }
            }
        }
    }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(static d => string.Create(CultureInfo.InvariantCulture, $"{d.Severity}|{d.Code}|{d.File}|{d.Line}|{d.Column}|{d.JsonPointer}|{d.Message}")));

    /// <summary>Every public property of the model, recursively, with decimals as written (so that 1.0 and 1 differ).</summary>
    private static string Describe(object? model)
    {
        var text = new StringBuilder();
        Write(model, 0);
        return text.ToString();

        void Write(object? value, int depth)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    return;
                case string s:
                    text.Append('"').Append(s).Append('"');
                    return;
                case decimal or int or bool or Enum:
                    text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(':').Append(value.GetType().Name);
                    return;
                case IEnumerable list:
                    text.Append('[');
                    foreach (var element in list)
                    {
                        Write(element, depth + 1);
                        text.Append(',');
                    }

                    text.Append(']');
                    return;
            }

            if (depth > 12)
            {
                text.Append("...");
                return;
            }

            text.Append(value.GetType().Name).Append('{');
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.GetIndexParameters().Length == 0).OrderBy(static p => p.Name, StringComparer.Ordinal))
            {
                text.Append(property.Name).Append('=');
                Write(property.GetValue(value), depth + 1);
                text.Append(';');
            }

            text.Append('}');
        }
    }
}
