using System.Globalization;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Writes assessments in their JSON format, one document or JSON Lines, as <see cref="RubricLoader"/>
/// reads them back: for a host that collects assessments (a web form, a spreadsheet).
/// </summary>
public static class AssessmentWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one assessment as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    public static void Write(Utf8JsonWriter writer, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", 1);
        WriteIfSet(writer, "rubric", assessment.RubricId);
        writer.WriteStartObject("unit");
        writer.WriteString("id", assessment.UnitId);
        WriteIfSet(writer, "name", assessment.UnitName);
        writer.WriteEndObject();
        writer.WriteString("round", FormatNames.Of(assessment.Round));
        WriteIfSet(writer, "date", assessment.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteIfSet(writer, "assessedBy", assessment.AssessedBy);
        WriteIfSet(writer, "notes", assessment.Notes);
        foreach (var side in (ReadOnlySpan<ScoreSide>)[ScoreSide.Self, ScoreSide.Assessor])
        {
            if (assessment.Observations(side) is not { } column)
            {
                continue;
            }

            writer.WriteStartObject(side == ScoreSide.Self ? "self" : "assessor");
            foreach (var observation in column)
            {
                writer.WriteStartObject(observation.ItemId);
                if (observation.Score is { } score)
                {
                    writer.WriteNumber(ObservationKeys.Score, score);
                }

                // A score typed directly keeps what was seen beside it in Observed, written beside the score as the reader expects it.
                foreach (var (key, value) in (observation.Observed ?? observation).Values)
                {
                    writer.WritePropertyName(key);
                    if (value.TryGetBoolean(out var boolean))
                    {
                        writer.WriteBooleanValue(boolean);
                    }
                    else if (value.TryGetDecimal(out var number))
                    {
                        writer.WriteNumberValue(number);
                    }
                    else
                    {
                        writer.WriteStringValue(value.TryGetString(out var text) ? text : string.Empty);
                    }
                }

                WriteIfSet(writer, "note", observation.Note);
                if (observation.Evidence.Count > 0)
                {
                    writer.WriteStartArray("evidenceRefs");
                    foreach (var evidence in observation.Evidence)
                    {
                        writer.WriteStringValue(evidence);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes assessments as JSON Lines: one compact object a line.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="assessments">The assessments.</param>
    public static void WriteLines(Stream utf8Stream, IEnumerable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(assessments);
        using var writer = new Utf8JsonWriter(utf8Stream, Compact);
        foreach (var assessment in assessments)
        {
            Write(writer, assessment);
            writer.Flush();
            utf8Stream.WriteByte((byte)'\n');
            writer.Reset(utf8Stream);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
