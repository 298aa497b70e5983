using System.Collections.Frozen;
using System.Text.Json;
using Json.Schema;

namespace Rubric.Engine.Schema;

/// <summary>
/// A JSON Schema built once, with its text (for the messages) and the subschemas that check each
/// element of an array (<c>items</c>) and each member of a map (<c>additionalProperties</c>,
/// <c>propertyNames</c>) on their own, so that a large document can be explained element by element
/// (<see cref="FailingParts"/>).
/// </summary>
internal sealed class CompiledSchema
{
    private static readonly string[] PartKeywords = ["items", "additionalProperties", "propertyNames"];

    private readonly FrozenDictionary<string, JsonSchema> _parts;

    public CompiledSchema(string text)
    {
        // One registry per schema: a host's rule kinds make a rubric schema of the same $id.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        Schema = JsonSchema.FromText(text, options);
        Text = JsonDocument.Parse(text);
        var parts = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        if (Text.RootElement.TryGetProperty("$id", out var id) && id.GetString() is { } uri)
        {
            Collect(Text.RootElement, string.Empty, uri, options, parts);
        }

        _parts = parts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public JsonSchema Schema { get; }

    public JsonDocument Text { get; }

    /// <summary>The subschema at a location of the schema (a JSON Pointer into its text), when it checks elements or members on their own.</summary>
    public JsonSchema? Part(string schemaPointer) => _parts.GetValueOrDefault(schemaPointer);

    private static void Collect(JsonElement node, string pointer, string uri, BuildOptions options, Dictionary<string, JsonSchema> parts)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var element in node.EnumerateArray())
            {
                Collect(element, JsonPointers.Append(pointer, index++), uri, options, parts);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in node.EnumerateObject())
        {
            var at = JsonPointers.Append(pointer, member.Name);
            if (member.Value.ValueKind == JsonValueKind.Object && PartKeywords.Contains(member.Name))
            {
                // A reference into the schema, resolved by the registry the schema was built in.
                parts[at] = JsonSchema.FromText("{\"$ref\":\"" + JsonEncodedText.Encode(uri + "#" + at) + "\"}", options);
            }

            Collect(member.Value, at, uri, options, parts);
        }
    }
}
