using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// The fast path's reader: walks the structural bytes of an assessment (the root object, the unit,
/// the two columns) itself and hands each observation object, whole, to the
/// <see cref="ObservationMemo"/>, which reads it once with <see cref="Utf8JsonReader"/> and
/// returns the same observation whenever the same item has the same bytes again. In a batch most
/// observations repeat (<c>{ "met": true }</c>), so most of a record is a hash and a compare.
/// The JSON it accepts is a strict subset: no escapes in names, ids or enum values, white space
/// only where JSON allows it, nothing after the root. Every byte is checked to be UTF-8
/// where it is read: as ASCII outside strings and in ids, by decoding inside texts.
/// </summary>
internal ref struct AssessmentScanner
{
    private readonly ReadOnlySpan<byte> _json;
    private readonly LoaderOptions _options;
    private readonly ObservationMemo _memo;
    private int _at;

    public AssessmentScanner(ReadOnlySpan<byte> json, LoaderOptions options, ObservationMemo memo)
    {
        _json = json;
        _options = options;
        _memo = memo;
    }

    [Flags]
    private enum Field
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

    /// <summary>The assessment, or null at anything this reader does not accept.</summary>
    public Assessment? Read()
    {
        if (!Take((byte)'{'))
        {
            return null;
        }

        var seen = Field.None;
        string? rubric = null, unitId = null, unitName = null, assessedBy = null, notes = null;
        AssessmentRound round = default;
        DateOnly? date = null;
        List<Observation>? self = null, assessor = null;
        do
        {
            if (!TryPlainString(out var name))
            {
                return null;
            }

            var field = FieldOf(name);
            if (field == Field.None || (seen & field) != 0 || !Take((byte)':'))
            {
                return null;
            }

            seen |= field;
            var read = field switch
            {
                Field.Schema => TryText(out _),
                Field.FormatVersion => TryFormatVersion(),
                Field.Rubric => TryId(out rubric, shared: true),
                Field.Unit => TryUnit(out unitId, out unitName),
                Field.Round => TryRound(out round),
                Field.Date => TryDate(out date),
                Field.AssessedBy => TryText(out assessedBy),
                Field.Notes => TryText(out notes),
                Field.Self => (self = TryColumn(_memo.SelfColumn)) is not null,
                _ => (assessor = TryColumn(_memo.AssessorColumn)) is not null,
            };
            if (!read)
            {
                return null;
            }
        }
        while (Take((byte)','));

        if (!Take((byte)'}') || SkipWhiteSpace() != _json.Length)
        {
            return null;
        }

        const Field required = Field.FormatVersion | Field.Unit | Field.Round;
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

    private static Field FieldOf(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("self"u8) => Field.Self,
        _ when name.SequenceEqual("assessor"u8) => Field.Assessor,
        _ when name.SequenceEqual("formatVersion"u8) => Field.FormatVersion,
        _ when name.SequenceEqual("rubric"u8) => Field.Rubric,
        _ when name.SequenceEqual("unit"u8) => Field.Unit,
        _ when name.SequenceEqual("round"u8) => Field.Round,
        _ when name.SequenceEqual("date"u8) => Field.Date,
        _ when name.SequenceEqual("assessedBy"u8) => Field.AssessedBy,
        _ when name.SequenceEqual("notes"u8) => Field.Notes,
        _ when name.SequenceEqual("$schema"u8) => Field.Schema,
        _ => Field.None,
    };

    /// <summary>The number 1, exactly as written: 1.0 or 1e0 are for the full pipeline to judge.</summary>
    private bool TryFormatVersion()
    {
        SkipWhiteSpace();
        if (_at < _json.Length && _json[_at] == (byte)'1')
        {
            _at++;
            return _at == _json.Length || !IsNumberPart(_json[_at]);
        }

        return false;
    }

    private static bool IsNumberPart(byte b) => char.IsAsciiDigit((char)b) || b is (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-';

    private bool TryUnit(out string? id, out string? name)
    {
        id = null;
        name = null;
        if (!Take((byte)'{'))
        {
            return false;
        }

        bool hasId = false, hasName = false;
        do
        {
            if (!TryPlainString(out var key) || !Take((byte)':'))
            {
                return false;
            }

            if (key.SequenceEqual("id"u8) && !hasId)
            {
                hasId = true;
                // Every unit has an id of its own: nothing to share.
                if (!TryId(out id, shared: false))
                {
                    return false;
                }
            }
            else if (key.SequenceEqual("name"u8) && !hasName)
            {
                hasName = true;
                if (!TryText(out name))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }
        while (Take((byte)','));

        return Take((byte)'}') && hasId;
    }

    private bool TryRound(out AssessmentRound round)
    {
        round = default;
        if (!TryPlainString(out var text))
        {
            return false;
        }

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

    private bool TryDate(out DateOnly? date)
    {
        date = null;
        if (!TryPlainString(out var text) || !AssessmentFastPath.TryDate(text, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private bool TryId(out string? id, bool shared)
    {
        id = null;
        if (!TryPlainString(out var text) || !AssessmentFastPath.IsId(text, _options))
        {
            return false;
        }

        id = shared ? _memo.Text(text) : Encoding.UTF8.GetString(text);
        return true;
    }

    /// <summary>Any string within the length limit; an escaped one is decoded by <see cref="Utf8JsonReader"/>.</summary>
    private bool TryText(out string? text)
    {
        text = null;
        var start = SkipWhiteSpace();
        if (!TryString(out var raw, out var escaped) || raw.Length > _options.MaxStringLength)
        {
            return false;
        }

        if (!escaped)
        {
            // The decoder would put U+FFFD for a bad byte where the full pipeline reports it.
            if (!System.Text.Unicode.Utf8.IsValid(raw))
            {
                return false;
            }

            text = _memo.Text(raw);
            return true;
        }

        var reader = new Utf8JsonReader(_json[start.._at]);
        text = reader.Read() ? reader.GetString() : null;
        return text is not null;
    }

    /// <summary>A string with no escape in it, as its raw bytes.</summary>
    private bool TryPlainString(out ReadOnlySpan<byte> text)
    {
        SkipWhiteSpace();
        return TryString(out text, out var escaped) && !escaped;
    }

    /// <summary>
    /// A string's raw bytes between its quotes. Control characters and malformed escapes are
    /// refused here; well-formed escapes are decoded by whoever needs the text.
    /// </summary>
    private bool TryString(out ReadOnlySpan<byte> raw, out bool escaped)
    {
        raw = default;
        escaped = false;
        if (_at >= _json.Length || _json[_at] != (byte)'"')
        {
            return false;
        }

        var start = _at + 1;
        var end = JsonTokenizer.StringEnd(_json, start, out escaped);
        if (end < 0)
        {
            return false;
        }

        raw = _json[start..end];
        _at = end + 1;
        return true;
    }

    /// <summary>A column, collected in <paramref name="observations"/>, which the assessment copies.</summary>
    private List<Observation>? TryColumn(List<Observation> observations)
    {
        observations.Clear();
        if (!Take((byte)'{'))
        {
            return null;
        }

        if (Take((byte)'}'))
        {
            return observations;
        }

        do
        {
            var start = SkipWhiteSpace();
            if (_memo.Recent(_json[start..], observations.Count, out var length) is { } recent)
            {
                observations.Add(recent);
                _at += length;
                continue;
            }

            if (!TryEntry(out var colon))
            {
                return null;
            }

            // A repeated item id makes the Assessment constructor throw, which falls back.
            var entry = _json[start.._at];
            if (_memo.Observation(entry, colon, observations.Count) is not { } observation)
            {
                return null;
            }

            observations.Add(observation);
        }
        while (Take((byte)','));

        return Take((byte)'}') ? observations : null;
    }

    /// <summary>
    /// Moves past one entry of a column, <c>"id": { … }</c>, in one pass over its bytes: the id
    /// up to its quote (no escape, no control character), the colon, and the observation object
    /// up to the brace that closes it, tracking strings and nesting. Whether the id is an id and
    /// the object is an observation is the memo's to check; here only the extent is found.
    /// </summary>
    private bool TryEntry(out int colon)
    {
        colon = 0;
        var json = _json;
        var start = _at;
        var at = start;
        if (at >= json.Length || json[at] != (byte)'"')
        {
            return false;
        }

        for (at++; at < json.Length && json[at] != (byte)'"'; at++)
        {
            if (json[at] is (byte)'\\' or < 0x20)
            {
                return false;
            }
        }

        _at = at + 1;
        if (!Take((byte)':'))
        {
            return false;
        }

        colon = _at - 1 - start;
        at = SkipWhiteSpace();
        if (at >= json.Length || json[at] != (byte)'{')
        {
            return false;
        }

        var depth = 0;
        var inString = false;
        for (; at < json.Length; at++)
        {
            var b = json[at];
            if (inString)
            {
                if (b == (byte)'"')
                {
                    inString = false;
                }
                else if (b == (byte)'\\')
                {
                    at++;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']' && --depth == 0)
            {
                _at = at + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips white space, then takes <paramref name="b"/> if it comes next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Take(byte b)
    {
        if (SkipWhiteSpace() < _json.Length && _json[_at] == b)
        {
            _at++;
            return true;
        }

        return false;
    }

    /// <summary>Moves past JSON white space; returns where it stopped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SkipWhiteSpace() => _at = JsonTokenizer.SkipWhiteSpace(_json, _at);
}
