using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

/// <summary>
/// The tokenizer against <see cref="Utf8JsonReader"/> (comments and trailing commas disallowed,
/// the same depth limit): every document one reads to the end the other reads to the end too,
/// token for token (kind, start, raw bytes, escaped or not, decoded text), and every document one
/// rejects the other rejects. The rubric fast path relies on exactly that.
/// </summary>
public sealed class JsonTokenizerTests
{
    private const int Depth = 6;

    private static readonly string[] Numbers =
    [
        "0", "-0", "7", "-12", "1.5", "2.50", "1e3", "1E+3", "-2.5e-2", "10", "123456789012345678901234567890",
        "01", "1.", ".5", "-", "+1", "1e", "1e+", "--1", "0x1", "1..2", "Infinity", "NaN",
    ];

    private static readonly string[] Literals = ["true", "false", "null", "tru", "nul", "falsey", "True", "NULL"];

    private static readonly string[] RawStrings =
    [
        "\"\"", "\"plain\"", "\"总分\"", "\"a\\\"b\"", "\"\\\\\"", "\"\\/\"", "\"\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u4E2D\"",
        "\"\\uD83D\\uDE00\"", "\"\\uD800\"", "\"\\uDC00x\"", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"tab\there\"",
        "\"line\nbreak\"", "\"unterminated", "\"ends with backslash\\\"", "'single'",
    ];

    private static readonly string[] Spaces = ["", "", "", " ", "\n  ", "\r\n", "\t", "\u00a0", "\f"];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static ReadOnlySpan<byte> Inserted => "{}[],:\"\\ 0-.e"u8;

    private static readonly Gen<string> Space = Gen.OneOf(Spaces);

    private static readonly Gen<string> Text = Gen.Select(Gen.String[0, 12], Gen.Int[0, 2])
        .Select(static (text, how) => how switch
        {
            0 => JsonSerializer.Serialize(text),
            1 => JsonSerializer.Serialize(text, Relaxed),
            _ => "\"" + text + "\"",
        });

    private static readonly Gen<string> Scalar = Gen.OneOf(Gen.OneOf(Numbers), Gen.OneOf(Literals), Gen.OneOf(RawStrings), Text);

    private static readonly Gen<byte[]> Document =
        Gen.Select(Value(Depth + 1), Space, Space, Gen.Int[0, 4], Gen.Int, Gen.Byte)
            .Select(static (value, before, after, change, where, value2) => Changed(Encoding.UTF8.GetBytes(before + value + after), change, where, value2));

    [Fact]
    public void Read_RandomDocuments_AcceptsAndTokenizesExactlyAsUtf8JsonReader() =>
        Document.Sample(
            static json => Tokens(json, Depth) == ReaderTokens(json, Depth),
            iter: 20_000,
            print: static json => Convert.ToHexString(json) + " " + Encoding.UTF8.GetString(json));

    [Fact]
    public void Read_RandomDocuments_SomeAreAcceptedAndSomeRejected()
    {
        // Guards the generator: a property that only ever saw rejected documents would prove little.
        var accepted = 0;
        var rejected = 0;
        Document.Sample(json => { _ = Tokens(json, Depth) is null ? rejected++ : accepted++; }, iter: 2_000, threads: 1);
        Assert.True(accepted > 200, $"only {accepted} of 2,000 random documents were valid JSON");
        Assert.True(rejected > 200, $"only {rejected} of 2,000 random documents were invalid JSON");
    }

    [Fact]
    public void Read_SeedRubric_TokenizesExactlyAsUtf8JsonReader()
    {
        var seed = File.ReadAllBytes(Path.Combine(TestFiles.RepoRoot, "seeds", "panlong.rubric.json"));
        var tokens = Tokens(seed, 64);
        Assert.NotNull(tokens);
        Assert.Equal(ReaderTokens(seed, 64), tokens);
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("   ", 3)]
    [InlineData("{} {}", 3)]
    [InlineData("[1,]", 3)]
    [InlineData("{\"a\":1,}", 3)]
    [InlineData("{\"a\" 1}", 3)]
    [InlineData("{1:1}", 3)]
    [InlineData("[1 2]", 3)]
    [InlineData("[}", 3)]
    [InlineData("// comment\n{}", 3)]
    [InlineData("[[[[]]]]", 3)]
    public void Read_InvalidOrTooDeep_Throws(string json, int maxDepth)
    {
        var bytes = TestFiles.Utf8(json);
        Assert.Throws<JsonException>(() =>
        {
            var tokenizer = new JsonTokenizer(bytes, maxDepth);
            while (tokenizer.Read())
            {
            }
        });
    }

    [Fact]
    public void Read_AtTheDepthLimit_ReadsToTheEnd()
    {
        var tokenizer = new JsonTokenizer(TestFiles.Utf8("[[[]]]"), 3);
        var count = 0;
        while (tokenizer.Read())
        {
            count++;
        }

        Assert.Equal(6, count);
        Assert.False(tokenizer.Read());
    }

    [Fact]
    public void GetString_NumberToken_ThrowsInvalidOperation()
    {
        var bytes = TestFiles.Utf8("12");
        Assert.Throws<InvalidOperationException>(() =>
        {
            var tokenizer = new JsonTokenizer(bytes, 3);
            tokenizer.Read();
            return tokenizer.GetString();
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Constructor_DepthOutOfRange_Throws(int maxDepth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonTokenizer([], maxDepth));
    }

    private static Gen<string> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Gen.Select(Value(depth - 1).List[0, 4], Space, Gen.Bool).Select(static (items, space, comma) =>
                "[" + space + string.Join("," + space, items) + (comma && items.Count > 0 ? ",]" : "]"))),
            (1, Gen.Select(Gen.Select(Gen.OneOf(Text, Gen.OneOf(RawStrings)), Space, Value(depth - 1)).List[0, 4], Space, Gen.Bool).Select(static (members, space, colon) =>
                "{" + space + string.Join("," + space, members.Select(m => m.Item1 + m.Item2 + (colon ? ":" : " ") + m.Item2 + m.Item3)) + "}")));

    /// <summary>The document as generated, or with one byte removed, replaced or inserted, or a byte that is never UTF-8 put in.</summary>
    private static byte[] Changed(byte[] json, int change, int where, byte value)
    {
        var at = json.Length == 0 ? 0 : (int)((uint)where % (uint)json.Length);
        return change switch
        {
            1 when json.Length > 0 => [.. json[..at], .. json[(at + 1)..]],
            2 when json.Length > 0 => [.. json[..at], value, .. json[(at + 1)..]],
            3 => [.. json[..at], Inserted[(int)((uint)where % (uint)Inserted.Length)], .. json[at..]],
            4 => [.. json[..at], 0xFF, .. json[at..]],
            _ => json,
        };
    }

    /// <summary>Every token the tokenizer reads, one per line, or null when it throws before the end.</summary>
    private static string? Tokens(byte[] json, int maxDepth)
    {
        var text = new StringBuilder();
        try
        {
            var tokenizer = new JsonTokenizer(json, maxDepth);
            while (tokenizer.Read())
            {
                text.Append(Describe(tokenizer.TokenType, tokenizer.TokenStartIndex, tokenizer.ValueSpan, tokenizer.ValueIsEscaped)).Append(' ');
                if (tokenizer.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    text.Append(Decoded(tokenizer));
                }

                text.AppendLine();
            }

            return tokenizer.Read() ? null : text.ToString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The same for <see cref="Utf8JsonReader"/> with the options the rubric fast path used.</summary>
    private static string? ReaderTokens(byte[] json, int maxDepth)
    {
        var text = new StringBuilder();
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
            while (reader.Read())
            {
                text.Append(Describe(reader.TokenType, (int)reader.TokenStartIndex, reader.ValueSpan, reader.ValueIsEscaped)).Append(' ');
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    text.Append(Decoded(reader));
                }

                text.AppendLine();
            }

            return text.ToString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(JsonTokenType type, int start, ReadOnlySpan<byte> value, bool escaped) =>
        string.Create(CultureInfo.InvariantCulture, $"{type}@{start} {Convert.ToHexString(value)} {(escaped ? "escaped" : "plain")}");

    private static string Decoded(JsonTokenizer tokenizer)
    {
        try
        {
            return Convert.ToHexString(Encoding.Unicode.GetBytes(tokenizer.GetString()));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return "undecodable";
        }
    }

    private static string Decoded(Utf8JsonReader reader)
    {
        try
        {
            return Convert.ToHexString(Encoding.Unicode.GetBytes(reader.GetString()!));
        }
        catch (InvalidOperationException)
        {
            return "undecodable";
        }
    }
}
