using System.Buffers;
using System.Text.Json;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Writes assessments as JSON Lines in the documented format (docs/formats.md), for the loading
/// benchmark, in one of two shapes: <c>ordered</c> (compact, members and items always in the same
/// order, no notes) or <c>realistic</c>, as eng/generate-batch.py's realistic shape: each unit with
/// its name, date and team, notes in Chinese on a fifth of the observations and evidence on a
/// tenth, items in a different order in every record, non-ASCII text escaped in one record in two
/// (the writer's default encoder), indented in one in ten, and one in ten without a self column.
/// </summary>
public static class AssessmentJson
{
    private static readonly string[] Notes = ["副校长未交", "记录不全", "已整改", "见会议记录", "材料齐全"];

    public static byte[][] Lines(IEnumerable<Assessment> assessments, bool realistic = false)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var random = new Random(20111215);
        var lines = new List<byte[]>();
        foreach (var assessment in assessments)
        {
            var buffer = new ArrayBufferWriter<byte>();
            var options = new JsonWriterOptions
            {
                Encoder = realistic && random.Next(2) == 0 ? System.Text.Encodings.Web.JavaScriptEncoder.Default : System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                Indented = realistic && random.Next(10) == 0,
            };
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                writer.WriteStartObject();
                if (realistic)
                {
                    writer.WriteString("date", "2011-12-" + random.Next(1, 29).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteString("assessedBy", "第" + random.Next(1, 10) + "考核组");
                    Column(writer, "assessor", assessment.Column(ScoreSide.Assessor), random);
                }

                writer.WriteNumber("formatVersion", 1);
                if (assessment.RubricId is { } rubricId)
                {
                    writer.WriteString("rubric", rubricId);
                }

                writer.WriteStartObject("unit");
                if (realistic)
                {
                    writer.WriteString("name", "盘龙镇第" + lines.Count % 97 + "小学");
                }

                writer.WriteString("id", assessment.UnitId);
                writer.WriteEndObject();
                writer.WriteString("round", "annual");
                if (!realistic || random.Next(10) != 0)
                {
                    Column(writer, "self", assessment.Column(ScoreSide.Self), realistic ? random : null);
                }

                if (!realistic)
                {
                    Column(writer, "assessor", assessment.Column(ScoreSide.Assessor), null);
                }

                writer.WriteEndObject();
            }

            // JSON Lines: an indented record is one line all the same.
            lines.Add([.. buffer.WrittenSpan.ToArray().Where(static b => b is not ((byte)'\n' or (byte)'\r'))]);
        }

        return [.. lines];
    }

    private static void Column(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, Observation>? column, Random? random)
    {
        if (column is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        var inOrder = column.OrderBy(static c => c.Key, StringComparer.Ordinal);
        foreach (var (itemId, observation) in random is null ? inOrder : inOrder.OrderBy(_ => random.Next()))
        {
            writer.WriteStartObject(itemId);
            if (random?.Next(5) == 0)
            {
                writer.WriteString("note", Notes[random.Next(Notes.Length)]);
            }

            if (random?.Next(10) == 0)
            {
                writer.WriteStartArray("evidenceRefs");
                writer.WriteStringValue("会议记录本");
                writer.WriteEndArray();
            }

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
