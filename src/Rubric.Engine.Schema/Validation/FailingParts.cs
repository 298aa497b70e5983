using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Rubric.Engine.Schema;

/// <summary>
/// A copy of a document cut down to the parts that can fail its schema, for the schema to say
/// whether the document is valid and to list the problems of one that is not. The schema library
/// spends about a kilobyte on every value it checks, holds a result for each element of an array
/// until the array is done, and when it lists results spends tens of microseconds and kilobytes
/// more on each value, valid or not: for a document of half a million values, seconds and
/// gigabytes to find one bad item id. Where the schema checks each element of an array or each
/// member of a map alike (<c>items</c>, <c>additionalProperties</c>), each one is judged on its
/// own, at the cost of a yes or no, and only the failing ones are copied (at most a budget of
/// them); the rest of the document is copied as it is. What the schema checks of the array or map
/// as a whole the copy keeps (its first minItems elements, the first repeated text where texts
/// must be unique, its required members), so the copy is valid exactly when the document is and no
/// element judged on its own failed. Array positions are translated back, so that a problem found
/// in the copy is reported where it is in the document.
/// </summary>
internal sealed class FailingParts : IDisposable
{
    /// <summary>Keywords that look at a value's elements together, compare it whole or apply other subschemas to it: a value checked by one is copied whole.</summary>
    private static readonly string[] Together =
        ["prefixItems", "contains", "maxItems", "unevaluatedItems", "patternProperties", "minProperties", "maxProperties",
         "unevaluatedProperties", "dependentSchemas", "dependentRequired", "allOf", "anyOf", "oneOf", "not", "if", "$dynamicRef", "const", "enum"];

    private static readonly EvaluationOptions YesOrNo = new() { OutputFormat = OutputFormat.Flag };

    /// <summary>
    /// An element larger than this is not judged whole but copied, its own elements judged one by
    /// one: the schema library holds a result for each element of an array it checks until the
    /// array is done (about 40 MB for 245,000 texts), while one element at a time holds one.
    /// </summary>
    private const int LargeBytes = 16 * 1024;

    private readonly CompiledSchema _schema;
    private readonly Judge? _judge;
    private readonly int _budget;
    private readonly Dictionary<string, List<int>> _kept = new(StringComparer.Ordinal);
    private int _failing;
    private JsonDocument? _copy;

    private FailingParts(CompiledSchema schema, Judge? judge, int budget)
    {
        _schema = schema;
        _judge = judge;
        _budget = budget;
    }

    /// <summary>Whether an element or member of a map is valid, when the caller can tell faster than the schema; null to ask the schema.</summary>
    /// <param name="container">The JSON Pointer of the array or object holding it.</param>
    /// <param name="name">The member's name; null for an array element.</param>
    /// <param name="value">The value.</param>
    public delegate bool? Judge(string container, string? name, JsonElement value);

    /// <summary>The copy's root.</summary>
    public JsonElement Root => _copy!.RootElement;

    /// <summary>Whether failing parts were left out because the budget was spent.</summary>
    public bool LeftOut { get; private set; }

    /// <summary>Whether an element judged on its own failed: the document is not valid.</summary>
    public bool FoundFailing => _failing > 0 || LeftOut;

    /// <summary>Copies <paramref name="root"/> without the parts of it that are valid on their own, keeping at most <paramref name="budget"/> failing ones.</summary>
    public static FailingParts Cut(JsonElement root, CompiledSchema schema, int budget, Judge? judge)
    {
        var parts = new FailingParts(schema, judge, budget);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            parts.Copy(writer, root, string.Empty, schema.Text.RootElement, string.Empty);
        }

        parts._copy = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1000 });
        return parts;
    }

    /// <summary>Where a JSON Pointer into the copy points in the document.</summary>
    public string ToDocument(string pointer)
    {
        var original = string.Empty;
        foreach (var token in JsonPointers.Split(pointer))
        {
            original = _kept.TryGetValue(original, out var kept) && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < kept.Count
                ? JsonPointers.Append(original, kept[index])
                : JsonPointers.Append(original, token);
        }

        return original;
    }

    public void Dispose() => _copy?.Dispose();

    private void Copy(Utf8JsonWriter writer, JsonElement value, string pointer, JsonElement? schemaNode, string schemaPointer)
    {
        var (node, at) = schemaNode is { } s ? Follow(s, schemaPointer) : (null, schemaPointer);
        if (node is not { } n || ChecksTogether(n) || value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            value.WriteTo(writer);
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            CopyObject(writer, value, pointer, n, at);
        }
        else
        {
            CopyArray(writer, value, pointer, n, at);
        }
    }

    private void CopyObject(Utf8JsonWriter writer, JsonElement value, string pointer, JsonElement node, string at)
    {
        var properties = node.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : (JsonElement?)null;
        var others = node.TryGetProperty("additionalProperties", out var a) && a.ValueKind == JsonValueKind.Object ? a : (JsonElement?)null;
        var element = others is null ? null : _schema.Part(at + "/additionalProperties");
        var names = node.TryGetProperty("propertyNames", out var pn) && pn.ValueKind == JsonValueKind.Object ? _schema.Part(at + "/propertyNames") : null;
        var alike = element is not null && (names is not null || !node.TryGetProperty("propertyNames", out _));
        writer.WriteStartObject();
        foreach (var member in value.EnumerateObject())
        {
            if (properties is { } listed && listed.TryGetProperty(member.Name, out var own))
            {
                writer.WritePropertyName(member.Name);
                Copy(writer, member.Value, JsonPointers.Append(pointer, member.Name), own, at + "/properties/" + JsonPointers.Escape(member.Name));
            }
            else if (others is { } shared)
            {
                if (alike && !IsRequired(node, member.Name) && !Keeps(pointer, member.Name, member.Value, element!, names))
                {
                    continue;
                }

                writer.WritePropertyName(member.Name);
                Copy(writer, member.Value, JsonPointers.Append(pointer, member.Name), shared, at + "/additionalProperties");
            }
            else
            {
                // No subschema looks at the value (additionalProperties false, true or absent): only
                // the name counts, so a large unknown member costs nothing to describe.
                writer.WriteNull(member.Name);
            }
        }

        writer.WriteEndObject();
    }

    private void CopyArray(Utf8JsonWriter writer, JsonElement value, string pointer, JsonElement node, string at)
    {
        var items = node.TryGetProperty("items", out var i) && i.ValueKind == JsonValueKind.Object ? i : (JsonElement?)null;
        var element = items is null ? null : _schema.Part(at + "/items");
        // The first minItems elements stay, so that the copy is not too short where the document is not.
        var least = node.TryGetProperty("minItems", out var m) && m.TryGetInt32(out var count) ? count : 0;

        // Elements that must be unique: the first one repeated stays, with the one it repeats, so
        // that the copy repeats one where the document does. Only texts are compared here.
        var repeat = (First: -1, Second: -1);
        if (element is not null && node.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True && !TryFindRepeat(value, out repeat))
        {
            element = null;
        }

        var kept = element is null ? null : new List<int>();
        writer.WriteStartArray();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (items is not { } shared)
            {
                item.WriteTo(writer);
            }
            else if (kept is null || index < least || index == repeat.First || index == repeat.Second || Keeps(pointer, null, item, element!, null))
            {
                kept?.Add(index);
                Copy(writer, item, JsonPointers.Append(pointer, index), shared, at + "/items");
            }

            index++;
        }

        writer.WriteEndArray();
        if (kept is not null)
        {
            _kept[pointer] = kept;
        }
    }

    /// <summary>
    /// Whether an element is copied: when it fails (at most the budget of them; past it, the first
    /// one more that fails says that some were left out), or when it is too large to be judged whole,
    /// so that its own elements are judged one by one instead.
    /// </summary>
    private bool Keeps(string container, string? name, JsonElement value, JsonSchema element, JsonSchema? names)
    {
        if (LeftOut)
        {
            return false;
        }

        var verdict = _judge?.Invoke(container, name, value);
        var nameValid = verdict is not null || name is null || names is null || names.Evaluate(JsonSerializer.SerializeToElement(JsonValue.Create(name), DocumentJsonContext.Default.JsonNode), YesOrNo).IsValid;
        if (verdict is null && nameValid && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && JsonMarshal.GetRawUtf8Value(value).Length > LargeBytes)
        {
            return true;
        }

        if (verdict ?? (nameValid && element.Evaluate(value, YesOrNo).IsValid))
        {
            return false;
        }

        if (_failing >= _budget)
        {
            LeftOut = true;
            return false;
        }

        _failing++;
        return true;
    }

    /// <summary>The first element that repeats an earlier one, and that one; false when not every element is a text.</summary>
    private static bool TryFindRepeat(JsonElement array, out (int First, int Second) repeat)
    {
        repeat = (-1, -1);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            var text = item.GetString()!;
            if (repeat.First < 0 && !seen.TryAdd(text, index))
            {
                repeat = (seen[text], index);
            }

            index++;
        }

        return true;
    }

    private static bool IsRequired(JsonElement node, string name) =>
        node.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array
        && required.EnumerateArray().Any(r => r.ValueEquals(name));

    private static bool ChecksTogether(JsonElement node) => Together.Any(k => node.TryGetProperty(k, out _));

    /// <summary>The schema node that applies, through <c>$ref</c>s within the schema; none when a reference has other keywords beside it.</summary>
    private (JsonElement? Node, string Pointer) Follow(JsonElement node, string pointer)
    {
        for (var hops = 0; hops < 32 && node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = reference.GetString() ?? string.Empty;
            if (!target.StartsWith('#') || node.EnumerateObject().Any(static m => m.Name is not ("$ref" or "description" or "title" or "$comment"))
                || !JsonPointers.TryResolve(_schema.Text.RootElement, Uri.UnescapeDataString(target[1..]), out var resolved))
            {
                return (null, pointer);
            }

            (node, pointer) = (resolved, Uri.UnescapeDataString(target[1..]));
        }

        return node.ValueKind == JsonValueKind.Object ? (node, pointer) : (null, pointer);
    }
}
