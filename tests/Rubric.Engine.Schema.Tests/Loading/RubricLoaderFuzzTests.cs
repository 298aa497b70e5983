using System.Text;
using System.Text.Json;
using CsCheck;

namespace Rubric.Engine.Schema.Tests.Loading;

/// <summary>
/// Fuzzing as a property: the seed rubric, assessments and roster (and the JSON Lines batch),
/// mutated by byte flips, truncation, type swaps, huge numbers, deep nesting, duplicate keys and
/// odd literals. The loader must never throw, and every rejected document must carry at least one
/// error, every diagnostic located (line and column from 1) and naming the file. A whole-document
/// problem (empty, wrong encoding, a top-level array) is reported at line 1, column 1 — where the
/// document starts — so the rule holds for them too.
/// </summary>
public sealed class RubricLoaderFuzzTests
{
    /// <summary>Cases per document kind; 3 × 34,000 = 102,000 loads, plus the JSON Lines batch.</summary>
    private const int CasesPerKind = 34_000;

    private const string FileName = "fuzzed.json";

    private static readonly RubricLoader Loader = new();

    private static readonly Lazy<Seed[]> Seeds = new(LoadSeeds);

    private static readonly string[] Literals =
    [
        "null", "true", "false", "0", "-1", "0.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"\":null}",
        "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "79228162514264337593543950336",
        "0.00000000000000000000000000001", "123456789012345678901234567890", "\"\\u0000\"", "\"\\ud800\"",
        "\"考核\"", "1.", ".5", "01", "+1", "'x'", "undefined",
    ];

    /// <summary>Control characters as JSON escapes, put into strings and names by the last mutator.</summary>
    private static readonly string[] Controls = ["\\n", "\\r\\n", "\\r", "\\t", "\\u0000", "\\u001b[2J", "\\u001b[31m", "\\u0085", "\\u2028", "\\u202e", "\\u007f"];

    [Fact]
    public void ParseRubric_MutatedSeed_NeverThrowsAndRejectionsAreLocated() =>
        Fuzz(DocumentKind.Rubric, bytes => Loader.ParseRubric(bytes, FileName).Diagnostics, seed => Loader.ParseRubric(seed, FileName).Succeeded);

    [Fact]
    public void ParseAssessment_MutatedSeed_NeverThrowsAndRejectionsAreLocated() =>
        Fuzz(DocumentKind.Assessment, bytes => Loader.ParseAssessment(bytes, FileName).Diagnostics, seed => Loader.ParseAssessment(seed, FileName).Succeeded);

    [Fact]
    public void ParseRoster_MutatedSeed_NeverThrowsAndRejectionsAreLocated() =>
        Fuzz(DocumentKind.Roster, bytes => Loader.ParseRoster(bytes, FileName).Diagnostics, seed => Loader.ParseRoster(seed, FileName).Succeeded);

    [Fact]
    public void ReadAssessmentLines_MutatedBatch_EveryLineAccountedForAndLocated()
    {
        var batch = File.ReadAllBytes(Path.Combine(SeedsFolder(), "batch.jsonl"));
        var lineCount = batch.Count(static b => b == (byte)'\n') + 1;
        Gen.Select(Gen.Int[0, Mutators - 1], Gen.Int, Gen.Int, Gen.Int[0, Literals.Length - 1])
            .Select(m => Mutate(batch, Spans.Of(batch), m.Item1, m.Item2, m.Item3, m.Item4))
            .Sample(
                mutated =>
                {
                    using var stream = new MemoryStream(mutated);
                    var results = Loader.ReadAssessmentLines(stream, "batch.jsonl").ToList();
                    var lines = mutated.Count(static b => b == (byte)'\n') + 1;
                    return results.Count <= lines
                        && results.Where(static r => !r.Succeeded).All(static r => IsLocatedRejection(r.Diagnostics, "batch.jsonl"))
                        && results.SelectMany(static r => r.Diagnostics).All(d => d.Line >= 1 && d.Line <= Math.Max(lines, lineCount) && !DisplayText.NeedsEscaping(d.ToString()));
                },
                iter: 1_000,
                print: Describe);
    }

    /// <summary>
    /// The class of ids that end (or start, or break) with a control character: every id of the
    /// seeds — rubric, task, stage, item, condition and level ids, unit ids, roster ids and the
    /// item ids that name observations — with one put in, is refused as an id (RUB1107), and the
    /// refusal shows it escaped.
    /// </summary>
    [Fact]
    public void Parse_IdWithControlCharacter_RefusedAsAnId()
    {
        var ids = Seeds.Value
            .SelectMany(static seed => IdSpans(seed).Select(span => (Seed: seed, Span: span)))
            .ToArray();
        Assert.True(ids.Length > 100);
        Gen.Select(Gen.Int[0, ids.Length - 1], Gen.Int[0, Controls.Length - 1], Gen.Int[0, 2])
            .Sample(
                pick =>
                {
                    var (seed, (start, end)) = ids[pick.Item1];
                    var at = pick.Item3 switch { 0 => end - 1, 1 => start + 1, _ => start + 1 + ((end - start - 2) / 2) };
                    var mutated = Splice(seed.Bytes, at, at, Controls[pick.Item2]);
                    var diagnostics = seed.Kind switch
                    {
                        DocumentKind.Rubric => Loader.ParseRubric(mutated, FileName).Diagnostics,
                        DocumentKind.Roster => Loader.ParseRoster(mutated, FileName).Diagnostics,
                        _ => Loader.ParseAssessment(mutated, FileName).Diagnostics,
                    };
                    return diagnostics.Any(static d => d.Code == DiagnosticCodes.InvalidFormat)
                        && diagnostics.All(static d => !DisplayText.NeedsEscaping(d.ToString()));
                },
                iter: 3_000,
                print: static pick => pick.ToString());
    }

    /// <summary>The quoted ids of a seed: values of "id" and "rubric", and the item ids that key the columns.</summary>
    private static List<(int Start, int End)> IdSpans(Seed seed)
    {
        var spans = new List<(int Start, int End)>();
        var reader = new Utf8JsonReader(seed.Bytes);
        var depthOfColumn = -1;
        var isId = false;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = reader.GetString();
                    if (reader.CurrentDepth == depthOfColumn)
                    {
                        spans.Add((start, start + reader.ValueSpan.Length + 2));
                    }

                    isId = name is "id" or "rubric";
                    if (seed.Kind == DocumentKind.Assessment && reader.CurrentDepth == 1)
                    {
                        depthOfColumn = name is "self" or "assessor" ? 2 : -1;
                    }

                    break;
                case JsonTokenType.String when isId:
                    spans.Add((start, start + reader.ValueSpan.Length + 2));
                    isId = false;
                    break;
                default:
                    isId = false;
                    break;
            }
        }

        return spans;
    }

    private const int Mutators = 10;

    private static void Fuzz(DocumentKind kind, Func<byte[], IReadOnlyList<Diagnostic>> load, Func<byte[], bool> loadsAsSeed)
    {
        var seeds = Seeds.Value.Where(s => s.Kind == kind).ToArray();
        Assert.NotEmpty(seeds);
        Assert.All(seeds, s => Assert.True(loadsAsSeed(s.Bytes), s.Name + " should load before it is mutated"));
        Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, Mutators - 1], Gen.Int, Gen.Int, Gen.Int[0, Literals.Length - 1])
            .Select(m => Mutate(seeds[m.Item1].Bytes, seeds[m.Item1].Spans, m.Item2, m.Item3, m.Item4, m.Item5))
            .Sample(
                mutated =>
                {
                    IReadOnlyList<Diagnostic> diagnostics = load(mutated);
                    return (!diagnostics.Any(static d => d.IsError) || IsLocatedRejection(diagnostics, FileName))
                        && diagnostics.All(static d => !DisplayText.NeedsEscaping(d.ToString()));
                },
                iter: CasesPerKind,
                print: Describe);
    }

    private static bool IsLocatedRejection(IReadOnlyList<Diagnostic> diagnostics, string file) =>
        diagnostics.Any(static d => d.IsError)
        && diagnostics.All(d => d.Line >= 1 && d.Column >= 1 && d.File == file && d.Message.Length > 0);

    private static byte[] Mutate(byte[] seed, Spans spans, int mutator, int a, int b, int literal)
    {
        var position = (int)((uint)a % (uint)seed.Length);
        switch (mutator)
        {
            case 0: // byte flip
            {
                var copy = (byte[])seed.Clone();
                copy[position] = (byte)b;
                return copy;
            }

            case 1: // truncation
                return seed[..position];

            case 2: // type swap: a value becomes a literal of another type
            case 3: // odd literals (NaN, 1e400, lone surrogates ...) in place of a value
            {
                var (start, end) = spans.Values[(int)((uint)b % (uint)spans.Values.Length)];
                return Splice(seed, start, end, Literals[mutator == 2 ? literal % 12 : literal]);
            }

            case 4: // huge numbers in place of a number
            {
                if (spans.Numbers.Length == 0)
                {
                    return seed;
                }

                var (start, end) = spans.Numbers[(int)((uint)b % (uint)spans.Numbers.Length)];
                return Splice(seed, start, end, Literals[15 + (literal % 6)]);
            }

            case 5: // deep nesting in place of a value
            {
                var depth = 60 + (int)((uint)b % 200);
                var (start, end) = spans.Values[(int)((uint)a % (uint)spans.Values.Length)];
                var nested = literal % 2 == 0
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                return Splice(seed, start, end, nested);
            }

            case 6: // duplicate key: a member repeated in front of itself
            {
                var (start, end) = spans.Members[(int)((uint)b % (uint)spans.Members.Length)];
                return Splice(seed, start, start, Encoding.UTF8.GetString(seed, start, end - start) + ",");
            }

            case 7: // a value removed (leaves a dangling comma or an empty member)
            {
                var (start, end) = spans.Values[(int)((uint)b % (uint)spans.Values.Length)];
                return Splice(seed, start, end, string.Empty);
            }

            case 9: // a control character at the end, the start or inside a string or a name (ids included)
            {
                var (start, end) = spans.Strings[(int)((uint)b % (uint)spans.Strings.Length)];
                var at = (literal % 3) switch { 0 => end - 1, 1 => start + 1, _ => start + 1 + (int)((uint)a % (uint)Math.Max(1, end - start - 1)) };
                return Splice(seed, at, at, Controls[(int)((uint)a % (uint)Controls.Length)]);
            }

            default: // a run of flipped bytes
            {
                var copy = (byte[])seed.Clone();
                var random = new Random(b);
                for (var i = 0; i < 1 + (literal % 8); i++)
                {
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                }

                return copy;
            }
        }
    }

    private static byte[] Splice(byte[] seed, int start, int end, string replacement)
    {
        var insert = Encoding.UTF8.GetBytes(replacement);
        var result = new byte[seed.Length - (end - start) + insert.Length];
        seed.AsSpan(0, start).CopyTo(result);
        insert.CopyTo(result, start);
        seed.AsSpan(end).CopyTo(result.AsSpan(start + insert.Length));
        return result;
    }

    private static string Describe(byte[] mutated)
    {
        var text = Encoding.UTF8.GetString(mutated);
        return text.Length <= 400 ? text : text[..400] + "...";
    }

    private static Seed[] LoadSeeds()
    {
        var folder = SeedsFolder();
        var seeds = new List<Seed>
        {
            Seed.Of(DocumentKind.Rubric, Path.Combine(folder, "panlong.rubric.json")),
            Seed.Of(DocumentKind.Roster, Path.Combine(folder, "roster.json")),
        };
        seeds.AddRange(Directory.GetFiles(Path.Combine(folder, "assessments"), "*.json").Order(StringComparer.Ordinal).Select(static f => Seed.Of(DocumentKind.Assessment, f)));
        return [.. seeds];
    }

    private static string SeedsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Rubric.Engine.sln")))
            {
                return Path.Combine(folder.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("Rubric.Engine.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record Seed(DocumentKind Kind, string Name, byte[] Bytes, Spans Spans)
    {
        public static Seed Of(DocumentKind kind, string path)
        {
            var bytes = File.ReadAllBytes(path);
            return new Seed(kind, Path.GetFileName(path), bytes, Spans.Of(bytes));
        }
    }

    /// <summary>Where the values, numbers and object members of a document are, as byte ranges.</summary>
    private sealed record Spans((int Start, int End)[] Values, (int Start, int End)[] Numbers, (int Start, int End)[] Members, (int Start, int End)[] Strings)
    {
        public static Spans Of(byte[] bytes)
        {
            var values = new List<(int, int)>();
            var numbers = new List<(int, int)>();
            var members = new List<(int, int)>();
            var strings = new List<(int, int)>();
            var starts = new Stack<(int Value, int Member)>();
            var memberStart = -1;
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowMultipleValues = true });
            try
            {
                while (reader.Read())
                {
                    var start = (int)reader.TokenStartIndex;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            memberStart = start;
                            strings.Add((start, (int)reader.BytesConsumed));
                            break;
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            starts.Push((start, memberStart));
                            memberStart = -1;
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                        {
                            var (valueStart, member) = starts.Pop();
                            var end = (int)reader.BytesConsumed;
                            values.Add((valueStart, end));
                            if (member >= 0)
                            {
                                members.Add((member, end));
                            }

                            break;
                        }

                        default:
                        {
                            var end = (int)reader.BytesConsumed;
                            values.Add((start, end));
                            if (reader.TokenType == JsonTokenType.Number)
                            {
                                numbers.Add((start, end));
                            }
                            else if (reader.TokenType == JsonTokenType.String)
                            {
                                strings.Add((start, end));
                            }

                            if (memberStart >= 0)
                            {
                                members.Add((memberStart, end));
                            }

                            memberStart = -1;
                            break;
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A seed that is not whole JSON (a JSON Lines batch) keeps the spans found so far.
            }

            return new Spans([.. values], [.. numbers], [.. members], [.. strings]);
        }
    }
}
