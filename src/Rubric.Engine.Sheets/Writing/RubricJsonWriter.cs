using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rubric.Engine.Sheets;

/// <summary>
/// Writes a read sheet as a rubric file (format version 1, docs/formats.md), indented, with
/// Chinese kept readable. It writes the drafts as read, before anything is checked, so that the
/// loader's diagnostics locate every problem in this text and from there at the sheet's cells;
/// <see cref="Rubric.Engine.Schema.RubricWriter"/> writes only a rubric the model has accepted, so
/// it cannot take this one's place.
/// </summary>
internal static class RubricJsonWriter
{
    private const string SchemaUrl = "https://raw.githubusercontent.com/rubric-engine/rubric-engine/main/src/Rubric.Engine.Schema/Schemas/rubric.schema.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(RubricDraft rubric, string id, string? incomplete)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUrl);
            json.WriteNumber("formatVersion", 1);
            json.WriteString("id", id);
            json.WriteString("title", rubric.Title);
            json.WriteNumber("points", Trimmed(rubric.Total ?? rubric.Tasks.Sum(static t => t.Points)));
            if (incomplete is not null)
            {
                json.WriteString("incomplete", incomplete);
            }

            json.WriteStartArray("tasks");
            foreach (var task in rubric.Tasks)
            {
                json.WriteStartObject();
                json.WriteString("id", task.Id);
                json.WriteNumber("number", task.Number);
                json.WriteString("text", task.Text);
                json.WriteNumber("points", Trimmed(task.Points));
                json.WriteStartArray("stages");
                foreach (var stage in task.Stages)
                {
                    json.WriteStartObject();
                    json.WriteString("id", stage.Id);
                    json.WriteString("text", stage.Text);
                    json.WriteNumber("points", Trimmed(stage.Points));
                    json.WriteStartArray("items");
                    foreach (var item in stage.Items)
                    {
                        Item(json, item);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Item(Utf8JsonWriter json, ItemDraft item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteNumber("number", item.Number);
        json.WriteNumber("points", Trimmed(item.Points));
        json.WriteString("text", item.Text);
        Strings(json, "methods", item.Reading.Methods);
        Strings(json, "evidence", item.Reading.Evidence.Distinct(StringComparer.Ordinal).ToList());
        Rule(json, item.Reading.Rule);
        json.WriteEndObject();
    }

    private static void Rule(Utf8JsonWriter json, RuleDraft rule)
    {
        json.WriteStartObject("rule");
        json.WriteString("kind", rule.Kind);
        if (rule.Target is { } target)
        {
            json.WriteNumber("target", target);
        }

        Number(json, "loss", rule.Loss);
        if (rule.Conditions.Count > 0)
        {
            json.WriteStartArray("conditions");
            foreach (var (id, text) in rule.Conditions)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("text", text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Number(json, "rate", rule.Rate);
        Number(json, "cap", rule.Cap);
        if (rule.NoneDoneLosesAll is { } noneDone)
        {
            json.WriteBoolean("noneDoneLosesAll", noneDone);
        }

        if (rule.Unit is { } unit)
        {
            json.WriteString("unit", unit);
        }

        if (rule.Levels.Count > 0)
        {
            json.WriteStartArray("levels");
            foreach (var (id, text, loss) in rule.Levels)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("text", text);
                json.WriteNumber("loss", Trimmed(loss));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Trimmed(number));
        }
    }

    /// <summary>1.0 typed in a cell is written 1: dividing by one with trailing zeros drops the scale, not the value.</summary>
    private static decimal Trimmed(decimal value) => value / 1.0000000000000000000000000000m;

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
