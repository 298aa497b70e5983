using System.Globalization;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads an assessment in one pass of <see cref="Utf8JsonReader"/> straight into the model, in any
/// member order, with any white space, escapes, notes, evidence references and scores typed
/// directly. It accepts exactly what the assessment schema and the format's rules accept, and finds
/// members no rule reads (warnings). At the first thing it cannot accept it
/// stops: a breach of the structure is left to the scanner and the JSON Schema to explain (they say
/// where and why, as for every document); a breach of a rule the schema cannot state (no column, a
/// date that does not exist) comes back as a <see cref="Finding"/>.
/// It is also what checks a good record's UTF-8: every string it accepts it either turns into text
/// (which refuses bytes that are not UTF-8) or matches against a name of ASCII letters, and outside
/// strings the reader accepts only JSON's own ASCII. A member read any other way would break that,
/// and <c>ParseAssessment_InvalidByteAnywhere_ReportedAsEveryDocumentIs</c> with it.
/// </summary>
internal static class AssessmentReader
{
    /// <summary>The observation members the rules read, besides condition ids, and the reserved ones.</summary>
    private static readonly string[] KnownMembers =
        [ObservationKeys.Met, ObservationKeys.Missing, ObservationKeys.NoneDone, ObservationKeys.Achieved, ObservationKeys.Level, ObservationKeys.Awarded, ObservationKeys.Score, "note", "evidenceRefs"];

    /// <summary>Reads <paramref name="utf8"/> (no byte order mark; bytes that are not UTF-8 make it fail).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">The loader's limits.</param>
    /// <param name="findings">The rules broken, when the structure was fine; otherwise empty.</param>
    /// <param name="warnings">Members of an assessment read that no rule will read (RUB1303).</param>
    /// <returns>The assessment, or null when the document is not a valid assessment.</returns>
    public static Assessment? Read(ReadOnlySpan<byte> utf8, LoaderOptions options, out IReadOnlyList<Finding> findings, out IReadOnlyList<Finding> warnings)
    {
        warnings = [];
        findings = [];
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        var state = new State(options);
        try
        {
            var assessment = ReadDocument(ref reader, ref state, out findings);
            warnings = assessment is not null && state.Warnings is { } found ? found : [];
            return assessment;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            // Bad JSON; half a surrogate pair, which cannot become a string; or the model refusing a
            // column or an observation naming a value twice: a duplicate member. The scanner explains each.
            return null;
        }
    }

    /// <summary>Whether <paramref name="utf8"/> is one observation the reader accepts (and so the schema does), for explaining a column without the schema.</summary>
    /// <param name="utf8">The observation's JSON.</param>
    /// <param name="options">The loader's limits.</param>
    /// <returns>Whether it is an observation.</returns>
    public static bool IsObservation(ReadOnlySpan<byte> utf8, LoaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        var state = new State(options);
        try
        {
            return Next(ref reader, ref state) && ReadObservation(ref reader, ref state, string.Empty, "judged") is not null && !reader.Read();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    private static Assessment? ReadDocument(ref Utf8JsonReader reader, ref State state, out IReadOnlyList<Finding> findings)
    {
        findings = [];
        if (!Next(ref reader, ref state) || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var seen = Member.None;
        string? unitId = null, unitName = null, rubric = null, date = null, assessedBy = null, notes = null;
        AssessmentRound? round = null;
        List<Observation>? self = null, assessor = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = MemberOf(ref reader);
            if (member == Member.None || (seen & member) != 0 || !Next(ref reader, ref state))
            {
                return null;
            }

            seen |= member;
            var ok = member switch
            {
                Member.Schema => state.TryString(ref reader, out _),
                Member.FormatVersion => TryNumber(ref reader, out var version) && version == 1m,
                Member.Rubric => state.TryId(ref reader, out rubric),
                Member.Unit => ReadUnit(ref reader, ref state, out unitId, out unitName),
                Member.Round => TryRound(ref reader, out round),
                Member.Date => state.TryString(ref reader, out date) && IsDateShaped(date!),
                Member.AssessedBy => state.TryString(ref reader, out assessedBy),
                Member.Notes => state.TryString(ref reader, out notes),
                Member.Self => ReadColumn(ref reader, ref state, "/self", out self),
                _ => ReadColumn(ref reader, ref state, "/assessor", out assessor),
            };
            if (!ok)
            {
                return null;
            }
        }

        // The root object must be closed and nothing may follow it.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read()
            || unitId is null || round is null || (seen & Member.FormatVersion) == 0)
        {
            return null;
        }

        List<Finding>? broken = null;
        if (self is null && assessor is null)
        {
            (broken ??= []).Add(new Finding(DiagnosticCodes.MissingColumn, string.Empty, $"The assessment of '{unitId}' has neither a 'self' nor an 'assessor' column; give at least one."));
        }

        DateOnly? day = date is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        if (date is not null && day is null)
        {
            (broken ??= []).Add(new Finding(DiagnosticCodes.InvalidValue, "/date", $"'{date}' is not a date; expected yyyy-MM-dd, such as 2011-12-15."));
        }

        if (broken is not null)
        {
            findings = broken;
            return null;
        }

        return new Assessment(unitId, round.Value, self, assessor)
        {
            UnitName = unitName,
            RubricId = rubric,
            Date = day,
            AssessedBy = assessedBy,
            Notes = notes,
        };
    }

    private static bool ReadUnit(ref Utf8JsonReader reader, ref State state, out string? id, out string? name)
    {
        id = null;
        name = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Each is read once: a value read is never null, so one already read is a member given twice.
            var read = reader.ValueTextEquals("id"u8)
                ? id is null && Next(ref reader, ref state) && state.TryId(ref reader, out id)
                : reader.ValueTextEquals("name"u8) && name is null && Next(ref reader, ref state) && state.TryString(ref reader, out name);
            if (!read)
            {
                return false;
            }
        }

        return id is not null;
    }

    private static bool ReadColumn(ref Utf8JsonReader reader, ref State state, string pointer, out List<Observation>? column)
    {
        column = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var observations = new List<Observation>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!state.TryId(ref reader, out var itemId) || !Next(ref reader, ref state) || ReadObservation(ref reader, ref state, pointer, itemId!) is not { } observation)
            {
                return false;
            }

            observations.Add(observation);
        }

        column = observations;
        return true;
    }

    private static Observation? ReadObservation(ref Utf8JsonReader reader, ref State state, string column, string itemId)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var values = state.Values;
        values.Clear();
        var unusual = false;
        string? note = null;
        List<string>? evidence = null;
        decimal? score = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Each reserved member is read once: a value read is never null, so one already read is a member given twice.
            var reserved = reader.ValueTextEquals("note"u8) ? note is null && Next(ref reader, ref state) && state.TryString(ref reader, out note)
                : reader.ValueTextEquals("evidenceRefs"u8) ? evidence is null && Next(ref reader, ref state) && ReadEvidence(ref reader, ref state, out evidence)
                : reader.ValueTextEquals("score"u8) ? score is null && Next(ref reader, ref state) && TryNumber(ref reader, out score)
                : (bool?)null;
            if (reserved == false)
            {
                return null;
            }

            if (reserved == true)
            {
                continue;
            }

            if (!state.TryPropertyName(ref reader, out var key, out var known) || key!.Length == 0 || !Next(ref reader, ref state))
            {
                return null;
            }

            unusual |= !known;

            ObservedValue? value = reader.TokenType switch
            {
                JsonTokenType.True => ObservedValue.FromBoolean(true),
                JsonTokenType.False => ObservedValue.FromBoolean(false),
                JsonTokenType.Number when ExactNumber.TryRead(ref reader, out var number) => ObservedValue.FromDecimal(number),
                JsonTokenType.String when state.TryString(ref reader, out var text) => ObservedValue.FromString(text!),
                _ => (ObservedValue?)null,
            };
            if (value is not { } read)
            {
                return null;
            }

            values.Add(new(key, read));
        }

        // The rule kinds' own keys are the model's constants, and no two of them differ only in
        // case: only an observation with some other name can hold one no rule reads.
        if (unusual)
        {
            CheckNames(values, column, itemId, ref state);
        }

        // A score typed directly is an observation too, with what was seen beside it when given.
        return score is { } scored
            ? Observation.Scored(itemId, scored, values.Count == 0 ? null : new Observation(itemId, values), note, evidence)
            : new Observation(itemId, values, note, evidence);
    }

    private static bool ReadEvidence(ref Utf8JsonReader reader, ref State state, out List<string>? evidence)
    {
        evidence = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var references = new List<string>();
        while (Next(ref reader, ref state) && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!state.TryString(ref reader, out var reference))
            {
                return false;
            }

            references.Add(reference!);
        }

        evidence = references;
        return true;
    }

    private static bool TryNumber(ref Utf8JsonReader reader, out decimal? number)
    {
        number = reader.TokenType == JsonTokenType.Number && ExactNumber.TryRead(ref reader, out var value) ? value : null;
        return number is not null;
    }

    private static bool TryRound(ref Utf8JsonReader reader, out AssessmentRound? round)
    {
        round = reader.TokenType != JsonTokenType.String ? null
            : reader.ValueTextEquals("annual"u8) ? AssessmentRound.Annual
            : reader.ValueTextEquals("selfAssessment"u8) ? AssessmentRound.SelfAssessment
            : reader.ValueTextEquals("unannounced"u8) ? AssessmentRound.Unannounced
            : null;
        return round is not null;
    }

    /// <summary>
    /// Names are case-sensitive, so in <c>{"met": true, "Met": false}</c> the rule reads one member
    /// and the other would be ignored without a word. Which names a rule reads depends on the
    /// rubric (condition ids), which an assessment is read without; what is certain here is a name
    /// that is a known one in another case, or two names that differ only in case.
    /// </summary>
    private static void CheckNames(List<KeyValuePair<string, ObservedValue>> values, string column, string itemId, ref State state)
    {
        var seen = state.NamesSeen ??= new(StringComparer.OrdinalIgnoreCase);
        seen.Clear();
        foreach (var (key, _) in values)
        {
            string? message = null;
            foreach (var known in KnownMembers)
            {
                if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase) && !string.Equals(known, key, StringComparison.Ordinal))
                {
                    message = $"Unknown member '{key}' in the observation of item '{itemId}': names are case-sensitive, and the rules read '{known}'. It is not read.";
                }
            }

            if (message is null && !seen.TryAdd(key, key))
            {
                message = $"The observation of item '{itemId}' has both '{seen[key]}' and '{key}': names are case-sensitive, so a rule reads at most one of them.";
            }

            if (message is not null)
            {
                (state.Warnings ??= []).Add(new Finding(DiagnosticCodes.UnknownObservationMember, JsonPointers.Append(JsonPointers.Append(column, itemId), key), message));
            }
        }
    }

    /// <summary>The schema's date pattern, <c>^[0-9]{4}-[0-9]{2}-[0-9]{2}$</c>, for the whole string.</summary>
    private static bool IsDateShaped(string date) =>
        date.Length == 10 && date[4] == '-' && date[7] == '-'
        && char.IsAsciiDigit(date[0]) && char.IsAsciiDigit(date[1]) && char.IsAsciiDigit(date[2]) && char.IsAsciiDigit(date[3])
        && char.IsAsciiDigit(date[5]) && char.IsAsciiDigit(date[6]) && char.IsAsciiDigit(date[8]) && char.IsAsciiDigit(date[9]);

    private static Member MemberOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("self"u8) ? Member.Self
        : reader.ValueTextEquals("assessor"u8) ? Member.Assessor
        : reader.ValueTextEquals("unit"u8) ? Member.Unit
        : reader.ValueTextEquals("round"u8) ? Member.Round
        : reader.ValueTextEquals("formatVersion"u8) ? Member.FormatVersion
        : reader.ValueTextEquals("rubric"u8) ? Member.Rubric
        : reader.ValueTextEquals("date"u8) ? Member.Date
        : reader.ValueTextEquals("assessedBy"u8) ? Member.AssessedBy
        : reader.ValueTextEquals("notes"u8) ? Member.Notes
        : reader.ValueTextEquals("$schema"u8) ? Member.Schema
        : Member.None;

    /// <summary>Moves to the next token, counting values against the limit as the scanner does.</summary>
    private static bool Next(ref Utf8JsonReader reader, ref State state) =>
        reader.Read() && (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray || ++state.ValueCount <= state.Options.MaxValues);

    [Flags]
    private enum Member
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

    /// <summary>A rule of the format that a structurally valid assessment breaks.</summary>
    /// <param name="Code">The diagnostic code.</param>
    /// <param name="Pointer">Where, as a JSON Pointer.</param>
    /// <param name="Message">What is wrong and what is expected.</param>
    internal sealed record Finding(string Code, string Pointer, string Message);

    /// <summary>What one read keeps: the limits, the values counted, and one list and one set of names reused for every observation.</summary>
    private struct State(LoaderOptions options)
    {
        public LoaderOptions Options { get; } = options;

        public int ValueCount { get; set; }

        public List<KeyValuePair<string, ObservedValue>> Values { get; } = new(4);

        public List<Finding>? Warnings { get; set; }

        /// <summary>The names of one observation, ignoring case, made at the first observation with names of its own.</summary>
        public Dictionary<string, string>? NamesSeen { get; set; }

        public readonly bool TryString(ref Utf8JsonReader reader, out string? value)
        {
            value = reader.TokenType == JsonTokenType.String && FitsLength(ref reader) ? reader.GetString() : null;
            return value is not null;
        }

        /// <summary>A member name within the limit; <paramref name="known"/> when it is one of the rule kinds' own keys.</summary>
        public readonly bool TryPropertyName(ref Utf8JsonReader reader, out string? value, out bool known)
        {
            var fits = FitsLength(ref reader);
            value = fits ? KnownKey(ref reader) : null;
            known = value is not null;
            value ??= fits ? reader.GetString() : null;
            return fits;
        }

        public readonly bool TryId(ref Utf8JsonReader reader, out string? id)
        {
            var text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && FitsLength(ref reader) ? reader.GetString() : null;
            id = text is not null && Ids.IsValid(text) ? text : null;
            return id is not null;
        }

        /// <summary>A string within the limit: its UTF-8 bytes, escaped or not, are never fewer than its characters.</summary>
        private readonly bool FitsLength(ref Utf8JsonReader reader) =>
            reader.ValueSpan.Length <= Options.MaxStringLength
            || DocumentScanner.TextLength(ref reader) <= Options.MaxStringLength;

        /// <summary>The rule kinds' own keys, as the model's constants, so that each observation does not allocate them again.</summary>
        private static string? KnownKey(ref Utf8JsonReader reader) =>
            reader.ValueTextEquals("met"u8) ? ObservationKeys.Met
            : reader.ValueTextEquals("missing"u8) ? ObservationKeys.Missing
            : reader.ValueTextEquals("awarded"u8) ? ObservationKeys.Awarded
            : reader.ValueTextEquals("achieved"u8) ? ObservationKeys.Achieved
            : reader.ValueTextEquals("level"u8) ? ObservationKeys.Level
            : reader.ValueTextEquals("noneDone"u8) ? ObservationKeys.NoneDone
            : null;
    }
}
