using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads a plainly valid assessment in one pass of <see cref="Utf8JsonReader"/>, straight into the
/// model. It accepts only documents the full pipeline (token scan, JSON Schema, validators) accepts
/// without a single diagnostic, and gives up (returns null) at anything unusual — an unknown or
/// repeated property, an escaped id, a number that is not exact, a limit approached — so that the
/// full pipeline reports it exactly as before. A batch of valid records thus never pays for schema
/// evaluation, reflection or a pointer map; a bad record costs both passes.
/// </summary>
internal static class AssessmentFastPath
{
    /// <summary>Root object, column object, observation object, evidenceRefs array: the deepest a valid assessment nests.</summary>
    private const int ValidDepth = 4;

    [ThreadStatic]
    private static List<KeyValuePair<string, ObservedValue>>? t_values;

    /// <summary>The item ids of the last column read on this thread, by position: a batch repeats them record after record.</summary>
    [ThreadStatic]
    private static string?[]? t_itemIds;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = ValidDepth + 1,
    };

    [Flags]
    private enum Seen
    {
        None = 0,
        Schema = 1,
        FormatVersion = 2,
        Rubric = 4,
        Unit = 8,
        Round = 16,
        Date = 32,
        AssessedBy = 64,
        Notes = 128,
        Self = 256,
        Assessor = 512,
    }

    /// <summary>The assessment, or null when the document must go through the full pipeline.</summary>
    public static Assessment? TryRead(ReadOnlySpan<byte> utf8, LoaderOptions options)
    {
        if (utf8.Length > options.MaxFileBytes || options.MaxDepth < ValidDepth || !Utf8.IsValid(utf8))
        {
            return null;
        }

        try
        {
            return Read(utf8, options);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Malformed JSON, or a value the model refuses: the full pipeline says where and why.
            return null;
        }
    }

    private static Assessment? Read(ReadOnlySpan<byte> utf8, LoaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var seen = Seen.None;
        string? rubric = null, unitId = null, unitName = null, assessedBy = null, notes = null;
        AssessmentRound round = default;
        DateOnly? date = null;
        List<Observation>? self = null, assessor = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = RootField(ref reader);
            if (field == Seen.None || (seen & field) != 0 || !reader.Read())
            {
                return null;
            }

            seen |= field;
            switch (field)
            {
                case Seen.Schema:
                    if (!TryString(ref reader, options, out _))
                    {
                        return null;
                    }

                    break;
                case Seen.FormatVersion:
                    if (reader.TokenType != JsonTokenType.Number || !reader.ValueSpan.SequenceEqual("1"u8))
                    {
                        return null;
                    }

                    break;
                case Seen.Rubric:
                    if (!TryId(ref reader, options, out rubric))
                    {
                        return null;
                    }

                    break;
                case Seen.Unit:
                    if (!TryUnit(ref reader, options, out unitId, out unitName))
                    {
                        return null;
                    }

                    break;
                case Seen.Round:
                    if (!TryRound(ref reader, out round))
                    {
                        return null;
                    }

                    break;
                case Seen.Date:
                    if (!TryDate(ref reader, options, out date))
                    {
                        return null;
                    }

                    break;
                case Seen.AssessedBy:
                    if (!TryString(ref reader, options, out assessedBy))
                    {
                        return null;
                    }

                    break;
                case Seen.Notes:
                    if (!TryString(ref reader, options, out notes))
                    {
                        return null;
                    }

                    break;
                case Seen.Self:
                    if ((self = TryColumn(ref reader, options)) is null)
                    {
                        return null;
                    }

                    break;
                default:
                    if ((assessor = TryColumn(ref reader, options)) is null)
                    {
                        return null;
                    }

                    break;
            }
        }

        // Anything after the root object other than white space makes Read throw.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return null;
        }

        const Seen required = Seen.FormatVersion | Seen.Unit | Seen.Round;
        if ((seen & required) != required || (self is null && assessor is null) || unitId is null)
        {
            return null;
        }

        return new Assessment(unitId, round, self, assessor)
        {
            UnitName = unitName,
            RubricId = rubric,
            Date = date,
            AssessedBy = assessedBy,
            Notes = notes,
        };
    }

    private static Seen RootField(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return Seen.None;
        }

        var name = reader.ValueSpan;
        return name switch
        {
            _ when name.SequenceEqual("self"u8) => Seen.Self,
            _ when name.SequenceEqual("assessor"u8) => Seen.Assessor,
            _ when name.SequenceEqual("formatVersion"u8) => Seen.FormatVersion,
            _ when name.SequenceEqual("rubric"u8) => Seen.Rubric,
            _ when name.SequenceEqual("unit"u8) => Seen.Unit,
            _ when name.SequenceEqual("round"u8) => Seen.Round,
            _ when name.SequenceEqual("date"u8) => Seen.Date,
            _ when name.SequenceEqual("assessedBy"u8) => Seen.AssessedBy,
            _ when name.SequenceEqual("notes"u8) => Seen.Notes,
            _ when name.SequenceEqual("$schema"u8) => Seen.Schema,
            _ => Seen.None,
        };
    }

    private static bool TryUnit(ref Utf8JsonReader reader, LoaderOptions options, out string? id, out string? name)
    {
        id = null;
        name = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool hasId = false, hasName = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual("id"u8) && !hasId)
            {
                hasId = true;
                if (!reader.Read() || !TryId(ref reader, options, out id))
                {
                    return false;
                }
            }
            else if (!reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual("name"u8) && !hasName)
            {
                hasName = true;
                if (!reader.Read() || !TryString(ref reader, options, out name))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && hasId;
    }

    private static bool TryRound(ref Utf8JsonReader reader, out AssessmentRound round)
    {
        round = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        var text = reader.ValueSpan;
        if (text.SequenceEqual("annual"u8))
        {
            round = AssessmentRound.Annual;
        }
        else if (text.SequenceEqual("selfAssessment"u8))
        {
            round = AssessmentRound.SelfAssessment;
        }
        else if (text.SequenceEqual("unannounced"u8))
        {
            round = AssessmentRound.Unannounced;
        }
        else
        {
            return false;
        }

        return true;
    }

    private static bool TryDate(ref Utf8JsonReader reader, LoaderOptions options, out DateOnly? date)
    {
        date = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.ValueSpan.Length != 10 || !TryString(ref reader, options, out var text))
        {
            return false;
        }

        for (var index = 0; index < text!.Length; index++)
        {
            if (index is 4 or 7 ? text[index] != '-' : !char.IsAsciiDigit(text[index]))
            {
                return false;
            }
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private static List<Observation>? TryColumn(ref Utf8JsonReader reader, LoaderOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var observations = new List<Observation>();
        var itemIds = t_itemIds ??= new string?[256];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped || !IsId(reader.ValueSpan, options))
            {
                return null;
            }

            // A repeated item id makes the Assessment constructor throw, which falls back.
            var itemId = ItemId(reader.ValueSpan, itemIds, observations.Count);
            if (!reader.Read() || TryObservation(ref reader, options, itemId) is not { } observation)
            {
                return null;
            }

            observations.Add(observation);
        }

        return reader.TokenType == JsonTokenType.EndObject ? observations : null;
    }

    /// <summary>An id (ASCII, unescaped: <see cref="IsId"/> checked it) as a string, the one read at the same position before when it is the same.</summary>
    private static string ItemId(ReadOnlySpan<byte> ascii, string?[] known, int position)
    {
        if (position < known.Length && known[position] is { } earlier && System.Text.Ascii.Equals(ascii, earlier))
        {
            return earlier;
        }

        var id = System.Text.Encoding.ASCII.GetString(ascii);
        if (position < known.Length)
        {
            known[position] = id;
        }

        return id;
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
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueSpan.Length == 0 || reader.ValueSpan.Length > options.MaxStringLength)
            {
                return null;
            }

            var key = KeyOf(ref reader);
            if (!reader.Read())
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

    private static bool TryId(ref Utf8JsonReader reader, LoaderOptions options, out string? id)
    {
        id = null;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && IsId(reader.ValueSpan, options) && TryString(ref reader, options, out id);
    }

    /// <summary>The schema's id pattern, ^[A-Za-z0-9][A-Za-z0-9._-]*$, checked on the raw bytes.</summary>
    private static bool IsId(ReadOnlySpan<byte> text, LoaderOptions options)
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
}
