using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Rubric.Engine.Schema;

/// <summary>
/// A strict, forward-only tokenizer over one whole UTF-8 JSON document, with the few members of
/// <see cref="Utf8JsonReader"/> the rubric fast path reads (same token types, same token starts,
/// raw value bytes, <see cref="GetString"/>). It accepts exactly the grammar the reader accepts
/// with comments and trailing commas disallowed and throws <see cref="JsonException"/> where the
/// reader would. It exists because the reader's general bookkeeping (line and column tracking,
/// partial buffers, a growable depth stack) was most of a rubric's load, and because in some
/// processes the JIT did not inline the reader's token loop, so that the same load took 50 µs
/// instead of 32.
/// </summary>
internal ref struct JsonTokenizer
{
    /// <summary>What ends a string or needs a closer look inside one: the quote, the backslash and every control character.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(static b => (byte)b), (byte)'"', (byte)'\\']);

    private static readonly SearchValues<byte> WhiteSpace = SearchValues.Create(" \n\r\t"u8);

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    /// <summary>The longest text whose decoding buffer is kept for the next.</summary>
    private const int KeptCharacters = 64 * 1024;

    [ThreadStatic]
    private static char[]? t_characters;

    private readonly ReadOnlySpan<byte> _json;
    private readonly int _maxDepth;
    private int _at;
    private int _depth;

    /// <summary>One bit per open container, set for an object; the depth limit keeps it within 64.</summary>
    private ulong _objects;

    public JsonTokenizer(ReadOnlySpan<byte> json, int maxDepth)
    {
        if (maxDepth is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The depth limit must be from 1 to 64.");
        }

        _json = json;
        _maxDepth = maxDepth;
    }

    /// <summary>The kind of the current token; <see cref="JsonTokenType.None"/> before the first.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Where the current token starts: its opening quote, bracket, sign or digit.</summary>
    public int TokenStartIndex { get; private set; }

    /// <summary>A string's or name's bytes between the quotes, escapes as written; a number's or literal's bytes.</summary>
    public ReadOnlySpan<byte> ValueSpan { get; private set; }

    /// <summary>Whether the current string or name has a backslash escape in it.</summary>
    public bool ValueIsEscaped { get; private set; }

    /// <summary>Moves to the next token; false once the root value has ended and only white space follows.</summary>
    /// <exception cref="JsonException">The document is not valid JSON, or nests deeper than the limit.</exception>
    public bool Read()
    {
        var at = SkipWhiteSpace(_json, _at);
        if (at == _json.Length)
        {
            _at = at;
            return TokenType != JsonTokenType.None && _depth == 0 ? false : throw Malformed(at);
        }

        if (TokenType is JsonTokenType.None or JsonTokenType.PropertyName)
        {
            ReadValue(at);
            return true;
        }

        // Inside a container: its end, or its next member (after a comma unless it has just begun).
        // Nothing may follow the root value.
        if (_depth == 0)
        {
            throw Malformed(at);
        }

        var inObject = ((_objects >> (_depth - 1)) & 1) != 0;
        if (_json[at] == (inObject ? (byte)'}' : (byte)']'))
        {
            EndContainer(at, inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray);
            return true;
        }

        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            at = _json[at] == (byte)',' ? SkipWhiteSpace(_json, at + 1) : throw Malformed(at);
            if (at == _json.Length)
            {
                throw Malformed(at);
            }
        }

        if (inObject)
        {
            ReadPropertyName(at);
        }
        else
        {
            ReadValue(at);
        }

        return true;
    }

    /// <summary>The current string or name as text; invalid UTF-8 or a bad escape throws, as the reader's does.</summary>
    public readonly string GetString()
    {
        if (TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new InvalidOperationException($"A {TokenType} token has no string value.");
        }

        if (ValueIsEscaped)
        {
            // Rare in a rubric: the reader decodes escapes (surrogate pairs and all) as it always has.
            var reader = new Utf8JsonReader(_json.Slice(TokenStartIndex, ValueSpan.Length + 2));
            reader.Read();
            return reader.GetString()!;
        }

        return Decode(ValueSpan);
    }

    /// <summary>
    /// Moves past JSON white space from <paramref name="at"/>; returns where it stopped. Between
    /// two tokens there is usually nothing or one space, which is decided without a search;
    /// the indentation of a pretty-printed document is searched past in vectors.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SkipWhiteSpace(ReadOnlySpan<byte> json, int at)
    {
        if (at < json.Length && json[at] > (byte)' ')
        {
            return at;
        }

        if (at + 1 < json.Length && json[at] == (byte)' ' && json[at + 1] > (byte)' ')
        {
            return at + 1;
        }

        var past = json[at..].IndexOfAnyExcept(WhiteSpace);
        return past < 0 ? json.Length : at + past;
    }

    /// <summary>
    /// UTF-8 as text in one pass (transcoding checks the bytes as it goes), where the encoding
    /// would count the characters first; invalid UTF-8 throws. The characters go through a
    /// buffer kept per thread: a stack buffer would be cleared for every string.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> utf8)
    {
        // UTF-8 never has fewer bytes than its text has UTF-16 characters.
        var buffer = t_characters is { } kept && kept.Length >= utf8.Length ? kept : null;
        if (buffer is null)
        {
            buffer = new char[Math.Max(utf8.Length, 256)];
            if (utf8.Length <= KeptCharacters)
            {
                t_characters = buffer;
            }
        }

        return Utf8.ToUtf16(utf8, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? new string(buffer, 0, written)
            : throw new JsonException("A string is not valid UTF-8.");
    }

    private static JsonException Malformed(int at) => new($"The JSON is malformed at byte {at}.");

    private void ReadValue(int at)
    {
        TokenStartIndex = at;
        ValueIsEscaped = false;
        switch (_json[at])
        {
            case (byte)'"':
                ReadString(at);
                TokenType = JsonTokenType.String;
                return;
            case (byte)'{':
                StartContainer(at, JsonTokenType.StartObject);
                return;
            case (byte)'[':
                StartContainer(at, JsonTokenType.StartArray);
                return;
            case (byte)'t':
                ReadLiteral(at, "true"u8, JsonTokenType.True);
                return;
            case (byte)'f':
                ReadLiteral(at, "false"u8, JsonTokenType.False);
                return;
            case (byte)'n':
                ReadLiteral(at, "null"u8, JsonTokenType.Null);
                return;
            default:
                ReadNumber(at);
                return;
        }
    }

    private void ReadPropertyName(int at)
    {
        if (_json[at] != (byte)'"')
        {
            throw Malformed(at);
        }

        TokenStartIndex = at;
        ReadString(at);
        var colon = SkipWhiteSpace(_json, _at);
        if (colon == _json.Length || _json[colon] != (byte)':')
        {
            throw Malformed(colon);
        }

        _at = colon + 1;
        TokenType = JsonTokenType.PropertyName;
    }

    /// <summary>A string from its opening quote at <paramref name="at"/>; escapes are checked for form here and decoded only when asked.</summary>
    private void ReadString(int at)
    {
        var end = StringEnd(_json, at + 1, out var escaped);
        if (end < 0)
        {
            throw Malformed(at);
        }

        ValueSpan = _json[(at + 1)..end];
        ValueIsEscaped = escaped;
        _at = end + 1;
    }

    /// <summary>
    /// Where the string whose contents start at <paramref name="start"/> ends (its closing quote),
    /// or -1 if it has a control character or a malformed escape or does not end.
    /// </summary>
    internal static int StringEnd(ReadOnlySpan<byte> json, int start, out bool escaped)
    {
        escaped = false;
        var end = start;
        while (true)
        {
            var stop = json[end..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                return -1;
            }

            end += stop;
            if (json[end] == (byte)'"')
            {
                return end;
            }

            if (json[end] != (byte)'\\' || (end = PastEscape(json, end)) < 0)
            {
                return -1;
            }

            escaped = true;
        }
    }

    /// <summary>Past one escape starting at the backslash at <paramref name="at"/> (\" \\ \/ \b \f \n \r \t or \u and four hex digits); -1 for anything else.</summary>
    private static int PastEscape(ReadOnlySpan<byte> json, int at) =>
        at + 1 >= json.Length ? -1 : json[at + 1] switch
        {
            (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t' => at + 2,
            (byte)'u' when at + 6 <= json.Length && json.Slice(at + 2, 4).IndexOfAnyExcept(HexDigits) < 0 => at + 6,
            _ => -1,
        };

    private void ReadLiteral(int at, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!_json[at..].StartsWith(literal))
        {
            throw Malformed(at);
        }

        ValueSpan = _json.Slice(at, literal.Length);
        TokenType = type;
        _at = at + literal.Length;
    }

    /// <summary>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? — what follows is the next read's to judge.</summary>
    private void ReadNumber(int at)
    {
        var end = at;
        if (end < _json.Length && _json[end] == (byte)'-')
        {
            end++;
        }

        if (end < _json.Length && _json[end] == (byte)'0')
        {
            end++;
        }
        else
        {
            end = Digits(end);
        }

        if (end < _json.Length && _json[end] == (byte)'.')
        {
            end = Digits(end + 1);
        }

        if (end < _json.Length && _json[end] is (byte)'e' or (byte)'E')
        {
            end++;
            if (end < _json.Length && _json[end] is (byte)'+' or (byte)'-')
            {
                end++;
            }

            end = Digits(end);
        }

        ValueSpan = _json[at..end];
        TokenType = JsonTokenType.Number;
        _at = end;
    }

    /// <summary>Past one or more digits from <paramref name="at"/>; none is malformed.</summary>
    private readonly int Digits(int at)
    {
        var end = at;
        while (end < _json.Length && char.IsAsciiDigit((char)_json[end]))
        {
            end++;
        }

        return end > at ? end : throw Malformed(at);
    }

    private void StartContainer(int at, JsonTokenType type)
    {
        if (_depth >= _maxDepth)
        {
            throw new JsonException($"The JSON nests deeper than {_maxDepth} at byte {at}.");
        }

        _objects = type == JsonTokenType.StartObject ? _objects | (1UL << _depth) : _objects & ~(1UL << _depth);
        _depth++;
        ValueSpan = _json.Slice(at, 1);
        TokenType = type;
        _at = at + 1;
    }

    private void EndContainer(int at, JsonTokenType type)
    {
        _depth--;
        TokenStartIndex = at;
        ValueIsEscaped = false;
        ValueSpan = _json.Slice(at, 1);
        TokenType = type;
        _at = at + 1;
    }
}
