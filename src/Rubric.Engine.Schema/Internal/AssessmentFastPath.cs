using System.Globalization;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads a plainly valid assessment straight into the model, in one pass of the
/// <see cref="AssessmentScanner"/> over its bytes, with every observation read (once, then
/// remembered) by <see cref="Utf8JsonReader"/>. It accepts only documents the full pipeline
/// (token scan, JSON Schema, validators) accepts without a single diagnostic, and gives up
/// (returns null) at anything unusual — an unknown or repeated property, an escaped id, a number
/// that is not exact, a limit approached — so that the full pipeline reports it exactly as
/// before. A batch of valid records thus never pays for schema evaluation, reflection or a
/// pointer map; a bad record costs both passes.
/// </summary>
internal static class AssessmentFastPath
{
    /// <summary>Root object, column object, observation object, evidenceRefs array: the deepest a valid assessment nests.</summary>
    internal const int ValidDepth = 4;

    [ThreadStatic]
    private static List<KeyValuePair<string, ObservedValue>>? t_values;

    /// <summary>The item ids of the last column read on this thread, by position: a batch repeats them record after record.</summary>
    [ThreadStatic]
    private static string?[]? t_itemIds;

    /// <summary>An observation object and its evidenceRefs array, with one level to spare.</summary>
    private static readonly JsonReaderOptions ObservationReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 3,
    };

    /// <summary>The assessment, or null when the document must go through the full pipeline.</summary>
    public static Assessment? TryRead(ReadOnlySpan<byte> utf8, LoaderOptions options)
    {
        // No separate UTF-8 pass: outside strings the scanner takes ASCII only, ids and names are
        // compared as ASCII, plain texts are checked as they are decoded, and the observation
        // reader refuses invalid UTF-8 in any string it decodes (which is every string it reads).
        // A value takes at least one byte of its own, so a document no longer than MaxValues is within that limit.
        if (utf8.Length > options.MaxFileBytes || utf8.Length > options.MaxValues || options.MaxDepth < ValidDepth)
        {
            return null;
        }

        try
        {
            var scanner = new AssessmentScanner(utf8, options, ObservationMemo.For(options));
            return scanner.Read();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Malformed JSON, or a value the model refuses: the full pipeline says where and why.
            return null;
        }
    }

    /// <summary>
    /// Reads one observation object, the whole of <paramref name="body"/>, with a reader of its own:
    /// the scanner leaves every token inside an observation to <see cref="Utf8JsonReader"/>, so the
    /// grammar it has to get right itself is the few structural bytes between observations.
    /// </summary>
    internal static Observation? TryObservation(ReadOnlySpan<byte> body, LoaderOptions options, string itemId)
    {
        try
        {
            var reader = new Utf8JsonReader(body, ObservationReaderOptions);
            return reader.Read() && TryObservation(ref reader, options, itemId) is { } observation && reader.BytesConsumed == body.Length
                ? observation
                : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Not JSON, or values the model refuses (a repeated name): the full pipeline says why.
            return null;
        }
    }

    /// <summary>An id (ASCII, unescaped: <see cref="IsId"/> checked it) as a string, the one read at the same position before when it is the same.</summary>
    internal static string ItemId(ReadOnlySpan<byte> ascii, int position)
    {
        var known = t_itemIds ??= new string?[256];
        if (position < known.Length && known[position] is { } earlier && System.Text.Ascii.Equals(ascii, earlier))
        {
            return earlier;
        }

        // The interned string when there is one (a compiled scoring plan interns its item ids), so
        // scoring matches by reference. Never interned here, so ids from input cannot grow the pool.
        var id = System.Text.Encoding.ASCII.GetString(ascii);
        id = string.IsInterned(id) ?? id;
        if (position < known.Length)
        {
            known[position] = id;
        }

        return id;
    }

    /// <summary>A date in the schema's form, yyyy-MM-dd, that exists in the calendar.</summary>
    internal static bool TryDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10)
        {
            return false;
        }

        for (var index = 0; index < text.Length; index++)
        {
            if (index is 4 or 7 ? text[index] != (byte)'-' : !char.IsAsciiDigit((char)text[index]))
            {
                return false;
            }
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;

        static int Digits(ReadOnlySpan<byte> digits)
        {
            var value = 0;
            foreach (var digit in digits)
            {
                value = (value * 10) + (digit - '0');
            }

            return value;
        }
    }

    /// <summary>The schema's id pattern, ^[A-Za-z0-9][A-Za-z0-9._-]*$, checked on the raw bytes.</summary>
    internal static bool IsId(ReadOnlySpan<byte> text, LoaderOptions options)
    {
        if (text.IsEmpty || text.Length > options.MaxStringLength || !char.IsAsciiLetterOrDigit((char)text[0]))
        {
            return false;
        }

        foreach (var b in text[1..])
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'.' or (byte)'_' or (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    private static Observation? TryObservation(ref Utf8JsonReader reader, LoaderOptions options, string itemId)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? note = null;
        List<string>? evidence = null;
        bool hasNote = false, hasEvidence = false;
        // The observation copies its values, so one list per thread serves every observation.
        var values = t_values ??= new List<KeyValuePair<string, ObservedValue>>(4);
        values.Clear();
        Dictionary<string, string>? names = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueSpan.Length == 0 || reader.ValueSpan.Length > options.MaxStringLength)
            {
                return null;
            }

            var key = KeyOf(ref reader);

            // A name no rule reads because of its case gets the full pipeline's warning (RUB1303).
            if (!reader.Read() || AssessmentDocumentValidator.CaseClash(key, ref names, itemId) is not null)
            {
                return null;
            }

            if (key == "note")
            {
                if (hasNote || !TryString(ref reader, options, out note))
                {
                    return null;
                }

                hasNote = true;
            }
            else if (key == "evidenceRefs")
            {
                if (hasEvidence || (evidence = TryStrings(ref reader, options)) is null)
                {
                    return null;
                }

                hasEvidence = true;
            }
            else if (TryValue(ref reader, options, out var value))
            {
                // A repeated key makes the Observation constructor throw, which falls back.
                values.Add(KeyValuePair.Create(key, value));
            }
            else
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? new Observation(itemId, values, note, evidence) : null;
    }

    private static string KeyOf(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            // The keys every rubric uses, shared rather than allocated per record.
            var name = reader.ValueSpan;
            if (name.SequenceEqual("met"u8))
            {
                return ObservationKeys.Met;
            }

            if (name.SequenceEqual("missing"u8))
            {
                return ObservationKeys.Missing;
            }

            if (name.SequenceEqual("achieved"u8))
            {
                return ObservationKeys.Achieved;
            }

            if (name.SequenceEqual("awarded"u8))
            {
                return ObservationKeys.Awarded;
            }

            if (name.SequenceEqual("level"u8))
            {
                return ObservationKeys.Level;
            }

            if (name.SequenceEqual("noneDone"u8))
            {
                return ObservationKeys.NoneDone;
            }

            if (name.SequenceEqual("note"u8))
            {
                return "note";
            }
        }

        return reader.GetString()!;
    }

    private static bool TryValue(ref Utf8JsonReader reader, LoaderOptions options, out ObservedValue value)
    {
        value = default;
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = ObservedValue.FromBoolean(true);
                return true;
            case JsonTokenType.False:
                value = ObservedValue.FromBoolean(false);
                return true;
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                value = ObservedValue.FromDecimal(number);
                return true;
            case JsonTokenType.String when TryString(ref reader, options, out var text):
                value = ObservedValue.FromString(text!);
                return true;
            default:
                return false;
        }
    }

    private static List<string>? TryStrings(ref Utf8JsonReader reader, LoaderOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var strings = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            if (!TryString(ref reader, options, out var text))
            {
                return null;
            }

            strings.Add(text!);
        }

        return reader.TokenType == JsonTokenType.EndArray ? strings : null;
    }

    /// <summary>A string within the length limit; a UTF-8 or escaped text never has more characters than bytes.</summary>
    private static bool TryString(ref Utf8JsonReader reader, LoaderOptions options, out string? text)
    {
        text = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > options.MaxStringLength)
        {
            return false;
        }

        text = reader.GetString();
        return text is not null;
    }
}
