using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rubric.Cli.Output;
using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>Writes an <see cref="Assessment"/> in the assessment file format (docs/formats.md, format version 1).</summary>
internal static class AssessmentJsonWriter
{
    public static string Write(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonScorecardWriter.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", 1);
            if (assessment.RubricId is { } rubric)
            {
                json.WriteString("rubric", rubric);
            }

            json.WritePropertyName("unit");
            json.WriteStartObject();
            json.WriteString("id", assessment.UnitId);
            if (assessment.UnitName is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteEndObject();
            json.WriteString("round", ScoreText.Round(assessment.Round));
            if (assessment.Date is { } date)
            {
                json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (assessment.AssessedBy is { } team)
            {
                json.WriteString("assessedBy", team);
            }

            Column(json, "self", assessment.Column(ScoreSide.Self));
            Column(json, "assessor", assessment.Column(ScoreSide.Assessor));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + Environment.NewLine;
    }

    private static void Column(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, Observation>? column)
    {
        if (column is null)
        {
            return;
        }

        json.WritePropertyName(name);
        json.WriteStartObject();
        foreach (var (itemId, observation) in column.OrderBy(static c => c.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(itemId);
            json.WriteStartObject();
            if (observation.Score is { } score)
            {
                json.WritePropertyName(ObservationKeys.Score);
                json.WriteRawValue(PointsFormat.Format(score), skipInputValidation: true);
            }

            // A scored observation keeps what was recorded beside the score apart; the file puts both in one object.
            var values = (observation.Observed ?? observation).Values;
            foreach (var (key, value) in values.OrderBy(static v => v.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(key);
                if (value.TryGetBoolean(out var boolean))
                {
                    json.WriteBooleanValue(boolean);
                }
                else if (value.TryGetDecimal(out var number))
                {
                    json.WriteRawValue(PointsFormat.Format(number), skipInputValidation: true);
                }
                else if (value.TryGetString(out var text))
                {
                    json.WriteStringValue(text);
                }
            }

            if (observation.Note is { } note)
            {
                json.WriteString("note", note);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
