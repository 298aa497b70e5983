using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Rubric.Engine.Schema;

/// <summary>
/// The first two steps of loading: checks the bytes (size, encoding, emptiness), then walks the
/// tokens once, reporting syntax errors, duplicate property names, numbers beyond the decimal
/// range and the limits, and recording where every value starts.
/// </summary>
internal static class DocumentScanner
{
    /// <summary>Checks the bytes; returns the UTF-8 text without its byte order mark, or null after reporting why it cannot be read.</summary>
    public static ReadOnlyMemory<byte>? CheckBytes(ReadOnlyMemory<byte> bytes, LoaderOptions options, DiagnosticSink sink)
    {
        // Not a conditional expression: its null would become an empty memory, through byte[].
        if (CheckFraming(bytes, options, sink) is { } text && CheckUtf8(text, sink))
        {
            return text;
        }

        return null;
    }

    /// <summary>
    /// The checks of <see cref="CheckBytes"/> but UTF-8 validity: size, a foreign encoding, the byte
    /// order mark, emptiness. For a reader that validates the text it turns into strings itself.
    /// </summary>
    public static ReadOnlyMemory<byte>? CheckFraming(ReadOnlyMemory<byte> bytes, LoaderOptions options, DiagnosticSink sink)
    {
        var span = bytes.Span;
        var line = sink.FirstLine;
        if (bytes.Length > options.MaxFileBytes)
        {
            sink.Error(DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"The file has {bytes.Length} bytes, more than the limit of {options.MaxFileBytes}."), line, 1, string.Empty);
            return null;
        }

        if (DescribeForeignEncoding(span) is { } encoding)
        {
            sink.Error(DiagnosticCodes.UnsupportedEncoding, $"The file is encoded as {encoding}; save it as UTF-8.", line, 1, string.Empty);
            return null;
        }

        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
            span = bytes.Span;
        }

        // Only white space is valid UTF-8 whatever else holds, so this test may come before that one.
        if (span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            sink.Error(DiagnosticCodes.EmptyDocument, "The file is empty; expected a JSON object.", line, 1, string.Empty);
            return null;
        }

        return bytes;
    }

    /// <summary>Whether the text (without its byte order mark) is valid UTF-8; reports the first byte that is not.</summary>
    public static bool CheckUtf8(ReadOnlyMemory<byte> text, DiagnosticSink sink)
    {
        var span = text.Span;
        if (Utf8.IsValid(span))
        {
            return true;
        }

        var offset = FirstInvalidUtf8(span);
        var (line, column) = new TextLocator(text[..offset], sink.FirstLine).Locate(offset);
        sink.Error(DiagnosticCodes.InvalidUtf8, string.Create(CultureInfo.InvariantCulture, $"The byte 0x{span[offset]:X2} is not valid UTF-8; save the file as UTF-8."), line, column, string.Empty);
        return false;
    }

    /// <summary>Walks the tokens; returns whether the document is well-formed and within the limits.</summary>
    public static bool Scan(ReadOnlyMemory<byte> utf8, LoaderOptions options, DiagnosticSink sink, TextLocator locator)
    {
        // JSON as written: no comments, no trailing commas (the reader's defaults).
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        var frames = new Stack<Frame>();
        string? property = null;
        var ok = true;
        var values = 0;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    property = reader.GetString()!;
                    var frame = frames.Peek();
                    var namePointer = JsonPointers.Append(frame.Pointer, property);
                    ok &= CheckLength(ref reader, property.Length, options, sink, locator, namePointer, "property name");
                    if (!frame.Names!.Add(property))
                    {
                        var (nameLine, nameColumn) = locator.Locate(reader.TokenStartIndex);
                        sink.Error(DiagnosticCodes.DuplicateProperty, $"The property '{property}' appears more than once in this object; each property may be given once.", nameLine, nameColumn, namePointer);
                        ok = false;
                    }

                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    AfterValue(frames);
                    continue;
                }

                // Every other token starts a value: counted, and where it starts recorded.
                var pointer = ValuePointer(frames, property);
                var (line, column) = locator.Locate(reader.TokenStartIndex);
                if (++values > options.MaxValues)
                {
                    sink.Error(DiagnosticCodes.TooManyValues, string.Create(CultureInfo.InvariantCulture, $"The document holds more than the limit of {options.MaxValues} values (objects, arrays, strings, numbers)."), line, column, pointer);
                    return false;
                }

                var node = sink.SourceMap.Add(frames.Count == 0 ? SourceMap.Root : frames.Peek().Node, pointer, line, column);
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (reader.CurrentDepth + 1 > options.MaxDepth)
                    {
                        sink.Error(DiagnosticCodes.NestingTooDeep, string.Create(CultureInfo.InvariantCulture, $"Objects and arrays are nested deeper than the limit of {options.MaxDepth}."), line, column, pointer);
                        return false;
                    }

                    frames.Push(new Frame(pointer, node, token == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                    continue;
                }

                if (token == JsonTokenType.String)
                {
                    ok &= CheckLength(ref reader, TextLength(ref reader), options, sink, locator, pointer, "string");
                }
                else if (token == JsonTokenType.Number && !ExactNumber.TryRead(ref reader, out _))
                {
                    var text = Encoding.UTF8.GetString(reader.ValueSpan);
                    var why = reader.TryGetDecimal(out var rounded)
                        ? $"has more digits than an exact decimal holds (28 decimal places, 28 to 29 significant digits), so it would be read as {rounded.ToString(CultureInfo.InvariantCulture)}; points are exact, so write it with fewer digits."
                        : "is outside the range of exact decimals (about ±7.9e28, at most 28 decimal places).";
                    sink.Error(DiagnosticCodes.NumberOutOfRange, $"The number {text} {why}", line, column, pointer);
                    ok = false;
                }

                AfterValue(frames);
            }
        }
        catch (JsonException exception)
        {
            var (line, column) = locator.LocateLineByte(exception.LineNumber, exception.BytePositionInLine);
            // After a property name the error concerns its value; anywhere else, the object or array it sits in.
            var pointer = frames.Count == 0 ? string.Empty
                : reader.TokenType == JsonTokenType.PropertyName ? ValuePointer(frames, property)
                : frames.Peek().Pointer;
            var offset = locator.OffsetOf(exception.LineNumber, exception.BytePositionInLine);
            sink.Error(DiagnosticCodes.JsonSyntax, SyntaxMessage(exception.Message, utf8.Span[offset..]), line, column, pointer);
            return false;
        }
        catch (InvalidOperationException) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // The reader accepts "\ud800" but cannot turn it into a string: half a surrogate pair.
            var (line, column) = locator.Locate(reader.TokenStartIndex);
            var pointer = reader.TokenType == JsonTokenType.PropertyName || frames.Count == 0 ? (frames.Count == 0 ? string.Empty : frames.Peek().Pointer) : ValuePointer(frames, property);
            sink.Error(DiagnosticCodes.JsonSyntax, "Invalid JSON: the string holds a \\u escape of half a surrogate pair (\\uD800 to \\uDFFF) without its other half; it cannot be read as text.", line, column, pointer);
            return false;
        }

        return ok;
    }

    internal static string? DescribeForeignEncoding(ReadOnlySpan<byte> span) => span switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian byte order mark)",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian byte order mark)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian byte order mark)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian byte order mark)",

        // JSON starts with an ASCII character, so UTF-32 without a byte order mark shows three zero
        // bytes beside it. Its four bytes are valid UTF-8 (NUL is), so without this test the file
        // would be read as UTF-8 and fail somewhere further on.
        [not 0, 0, 0, 0, ..] => "UTF-32 (little-endian, no byte order mark)",
        [0, 0, 0, not 0, ..] => "UTF-32 (big-endian, no byte order mark)",

        // JSON starts with an ASCII character, so UTF-16 without a byte order mark shows a zero byte beside it.
        [not 0, 0, not 0, 0, ..] => "UTF-16 (little-endian, no byte order mark)",
        [0, not 0, 0, not 0, ..] => "UTF-16 (big-endian, no byte order mark)",
        _ => null,
    };

    /// <summary>The length in characters of the string at the reader, the limit's unit; the string is made only when it is escaped.</summary>
    internal static int TextLength(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? reader.GetString()!.Length : Encoding.UTF8.GetCharCount(reader.ValueSpan);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        while (offset < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    private static bool CheckLength(ref Utf8JsonReader reader, int length, LoaderOptions options, DiagnosticSink sink, TextLocator locator, string pointer, string what)
    {
        if (length <= options.MaxStringLength)
        {
            return true;
        }

        var (line, column) = locator.Locate(reader.TokenStartIndex);
        sink.Error(DiagnosticCodes.StringTooLong, string.Create(CultureInfo.InvariantCulture, $"A {what} of {length} characters is longer than the limit of {options.MaxStringLength}."), line, column, pointer);
        return false;
    }

    private static string ValuePointer(Stack<Frame> frames, string? property)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var frame = frames.Peek();
        return frame.Names is null ? JsonPointers.Append(frame.Pointer, frame.Index) : JsonPointers.Append(frame.Pointer, property ?? string.Empty);
    }

    private static void AfterValue(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().Names is null)
        {
            frames.Peek().Index++;
        }
    }

    private static string SyntaxMessage(string message, ReadOnlySpan<byte> rest)
    {
        // System.Text.Json appends the position, which the diagnostic already carries.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).TrimEnd();
        if (text.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "Invalid JSON: a trailing comma before ']' or '}' is not allowed; remove it.";
        }

        if (!rest.IsEmpty && rest[0] == (byte)'/')
        {
            return "Invalid JSON: comments are not allowed in JSON; remove it.";
        }

        // A full-width comma or quote typed with a Chinese input method is the usual culprit.
        if (!rest.IsEmpty && rest[0] >= 0x80 && Rune.DecodeFromUtf8(rest, out var rune, out _) == OperationStatus.Done)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" Found '{rune}' (U+{rune.Value:X4}); JSON punctuation is ASCII.");
        }

        return "Invalid JSON: " + text;
    }

    private sealed class Frame(string pointer, int node, HashSet<string>? names)
    {
        public string Pointer { get; } = pointer;

        public int Node { get; } = node;

        public HashSet<string>? Names { get; } = names;

        public int Index { get; set; }
    }
}
