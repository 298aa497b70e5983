using System.Buffers;
using System.Text.Json;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>Writes assessments as JSON Lines in the documented format (docs/formats.md), for the loading benchmark.</summary>
public static class AssessmentJson
{
    public static byte[][] Lines(IEnumerable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var lines = new List<byte[]>();
        foreach (var assessment in assessments)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteNumber("formatVersion", 1);
                if (assessment.RubricId is { } rubricId)
                {
                    writer.WriteString("rubric", rubricId);
                }

                writer.WriteStartObject("unit");
                writer.WriteString("id", assessment.UnitId);
                writer.WriteEndObject();
                writer.WriteString("round", "annual");
                Column(writer, "self", assessment.Column(ScoreSide.Self));
                Column(writer, "assessor", assessment.Column(ScoreSide.Assessor));
                writer.WriteEndObject();
            }

            lines.Add(buffer.WrittenSpan.ToArray());
        }

        return [.. lines];
    }

    private static void Column(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, Observation>? column)
    {
        if (column is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (itemId, observation) in column.OrderBy(static c => c.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(itemId);
            foreach (var (key, value) in observation.Values)
            {
                if (value.TryGetBoolean(out var b))
                {
                    writer.WriteBoolean(key, b);
                }
                else if (value.TryGetDecimal(out var d))
                {
                    writer.WriteNumber(key, d);
                }
                else if (value.TryGetString(out var s))
                {
                    writer.WriteString(key, s);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
