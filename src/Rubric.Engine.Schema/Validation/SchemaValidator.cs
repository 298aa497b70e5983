using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace Rubric.Engine.Schema;

/// <summary>Checks a document against its embedded JSON Schema and turns every failure into a located diagnostic.</summary>
internal static class SchemaValidator
{
    /// <summary>
    /// The most schema problems listed for one document. Nobody reads more, and a hostile document
    /// (700,000 unknown properties) would otherwise take minutes to describe one by one.
    /// </summary>
    internal const int MaxListed = 1000;

    /// <summary>
    /// The most failing elements of a large document described (each has one problem or more):
    /// describing one costs the schema library about as much memory as checking a hundred valid ones.
    /// </summary>
    internal const int MaxFailingParts = 500;

    private static readonly ConcurrentDictionary<DocumentKind, CompiledSchema> Schemas = new();

    /// <summary>Lists the problems of <paramref name="root"/> against the schema of its kind, or <paramref name="compiled"/>.</summary>
    /// <param name="kind">The document's kind.</param>
    /// <param name="root">The document.</param>
    /// <param name="sink">Where the problems go.</param>
    /// <param name="compiled">The schema, when not the kind's own (a rubric with a host's rule kinds).</param>
    /// <param name="judge">Judges elements faster than the schema, where the caller can.</param>
    public static void Validate(DocumentKind kind, JsonElement root, DiagnosticSink sink, CompiledSchema? compiled = null, FailingParts.Judge? judge = null)
    {
        var schema = compiled ?? Schemas.GetOrAdd(kind, static k => new CompiledSchema(RubricSchemas.GetSchemaText(k)));
        try
        {
            // Whether the copy is valid costs a fraction of listing every node's result, and a
            // valid document (every rubric a run loads) needs no list.
            using var parts = FailingParts.Cut(root, schema, MaxFailingParts, judge);
            if (!parts.FoundFailing && schema.Schema.Evaluate(parts.Root, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
            {
                return;
            }

            var results = schema.Schema.Evaluate(parts.Root, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var listed = results.IsValid ? 0 : List(results, parts, schema, sink);
            if (listed >= MaxListed || parts.LeftOut)
            {
                sink.ErrorAt(DiagnosticCodes.SchemaViolation, string.Create(CultureInfo.InvariantCulture, $"There are more problems than the {listed} listed; fix these first."), string.Empty);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            sink.ErrorAt(DiagnosticCodes.SchemaViolation, "The document could not be checked against the schema: " + exception.Message, string.Empty);
        }
    }

    /// <summary>Reports the problems found in the copy where they are in the document, at most <see cref="MaxListed"/>; returns how many.</summary>
    private static int List(EvaluationResults results, FailingParts parts, CompiledSchema schema, DiagnosticSink sink)
    {
        var seen = new HashSet<(string, string, string)>();
        foreach (var node in (results.Details ?? []).Prepend(results))
        {
            if (seen.Count >= MaxListed)
            {
                return seen.Count;
            }

            if (node.Errors is null || node.Errors.Count == 0 || IsConditionTest(node.EvaluationPath.ToString()))
            {
                continue;
            }

            // The copy holds the same values as the document; only array positions differ.
            var copyPointer = node.InstanceLocation.ToString();
            var pointer = parts.ToDocument(copyPointer);
            var schemaNode = ResolveSchemaNode(schema.Text.RootElement, node.SchemaLocation);
            JsonPointers.TryResolve(parts.Root, copyPointer, out var instance);
            var isName = node.EvaluationPath.ToString().Contains("/propertyNames", StringComparison.Ordinal);
            foreach (var (keyword, libraryMessage) in node.Errors)
            {
                foreach (var (code, message, at) in Describe(keyword, libraryMessage, pointer, instance, isName, schemaNode, schema.Text.RootElement, node.SchemaLocation))
                {
                    if (seen.Add((at, code, message)))
                    {
                        sink.ErrorAt(code, message, at);
                    }
                }
            }
        }

        return seen.Count;
    }

    /// <summary>Failures inside an <c>if</c> only choose a branch; they are not errors.</summary>
    private static bool IsConditionTest(string evaluationPath) =>
        evaluationPath.Contains("/if/", StringComparison.Ordinal) || evaluationPath.EndsWith("/if", StringComparison.Ordinal);

    private static IEnumerable<(string Code, string Message, string Pointer)> Describe(
        string keyword, string libraryMessage, string pointer, JsonElement instance, bool isName, JsonElement? schemaNode, JsonElement schemaRoot, Uri schemaLocation)
    {
        if (keyword == "required")
        {
            return MissingNames(libraryMessage, schemaNode, instance).Select(name => (DiagnosticCodes.MissingProperty, $"The required property '{name}' is missing.", pointer));
        }

        // A propertyNames failure is about the member's name, which is the last segment of the pointer.
        var found = isName ? "the name " + Quote(JsonPointers.LastToken(pointer)) : DescribeValue(instance);
        var limit = schemaNode is { } n && n.ValueKind == JsonValueKind.Object && n.TryGetProperty(keyword, out var l) ? l.GetRawText() : null;
        var (code, message) = keyword switch
        {
            "type" => (DiagnosticCodes.TypeMismatch, $"Expected {(schemaNode is { } t && t.TryGetProperty("type", out var type) ? DescribeTypes(type) : "another type")}, found {found}."),
            "" or "false" => (DiagnosticCodes.UnknownProperty, UnknownProperty(pointer, schemaRoot, schemaLocation)),
            "minimum" => (DiagnosticCodes.OutOfRange, $"Expected a number at least {limit}, found {found}."),
            "exclusiveMinimum" => (DiagnosticCodes.OutOfRange, $"Expected a number greater than {limit}, found {found}."),
            "maximum" => (DiagnosticCodes.OutOfRange, $"Expected a number at most {limit}, found {found}."),
            "exclusiveMaximum" => (DiagnosticCodes.OutOfRange, $"Expected a number less than {limit}, found {found}."),
            "enum" when pointer.EndsWith("/rule/kind", StringComparison.Ordinal) => (DiagnosticCodes.UnknownRuleKind, $"Unknown rule kind {instance.GetRawText()}; expected one of {EnumValues(schemaNode)}."),
            "enum" => (DiagnosticCodes.InvalidEnumValue, $"Expected one of {EnumValues(schemaNode)}, found {found}."),
            "const" => (DiagnosticCodes.InvalidEnumValue, $"Expected {limit}, found {found}."),
            "pattern" when pointer.EndsWith("/date", StringComparison.Ordinal) => (DiagnosticCodes.InvalidFormat, $"Expected a date written yyyy-MM-dd, found {found}."),
            "pattern" => (DiagnosticCodes.InvalidFormat, $"Expected an id of letters, digits, '.', '_' or '-' starting with a letter or digit, found {found}."),
            "minLength" => (DiagnosticCodes.InvalidFormat, $"Expected a text of at least {limit} character(s), found {found}."),
            "maxLength" => (DiagnosticCodes.InvalidFormat, $"Expected a text of at most {limit} character(s), found {found}."),
            "minItems" => (DiagnosticCodes.WrongCount, $"Expected at least {limit} element(s), found {Count(instance)}."),
            "maxItems" => (DiagnosticCodes.WrongCount, $"Expected at most {limit} element(s), found {Count(instance)}."),
            "minProperties" => (DiagnosticCodes.WrongCount, $"Expected at least {limit} member(s), found {Count(instance)}."),
            "maxProperties" => (DiagnosticCodes.WrongCount, $"Expected at most {limit} member(s), found {Count(instance)}."),
            "uniqueItems" => (DiagnosticCodes.WrongCount, "Expected each element at most once, found a repeated element."),
            _ => (DiagnosticCodes.SchemaViolation, $"The value does not satisfy the schema ({keyword}): {libraryMessage}"),
        };

        // Where the schema's text does not show the limit a message names, the library's own words.
        var limitUnknown = limit is null && keyword is "minimum" or "exclusiveMinimum" or "maximum" or "exclusiveMaximum" or "const" or "minLength" or "maxLength" or "minItems" or "maxItems" or "minProperties" or "maxProperties";
        return [(code, limitUnknown ? libraryMessage : message, pointer)];
    }

    private static string EnumValues(JsonElement? schemaNode) => schemaNode is { } e && e.TryGetProperty("enum", out var options)
        ? string.Join(", ", options.EnumerateArray().Select(static o => o.GetRawText()))
        : "the allowed values";

    /// <summary>The unknown property's message, listing the properties its object allows where the schema names them.</summary>
    private static string UnknownProperty(string pointer, JsonElement schemaRoot, Uri schemaLocation)
    {
        var name = JsonPointers.LastToken(pointer);
        var fragment = Uri.UnescapeDataString(schemaLocation.Fragment.TrimStart('#'));
        var cut = fragment.LastIndexOf("/additionalProperties", StringComparison.Ordinal);
        var allowed = cut >= 0 && JsonPointers.TryResolve(schemaRoot, fragment[..cut], out var owner) && owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(static p => p.Name).ToList()
            : [];
        var list = allowed.Count == 0 ? string.Empty : " Expected one of: " + string.Join(", ", allowed) + ".";
        return $"Unknown property '{name}' (property names are case-sensitive).{list}";
    }

    private static string Count(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Array => instance.GetArrayLength().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Object => instance.EnumerateObject().Count().ToString(CultureInfo.InvariantCulture),
        _ => "none",
    };

    private static List<string> MissingNames(string libraryMessage, JsonElement? schemaNode, JsonElement instance)
    {
        var names = new List<string>();
        if (schemaNode is { } node && node.ValueKind == JsonValueKind.Object && node.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            names.AddRange(required.EnumerateArray().Select(static r => r.GetString()!));
        }
        else
        {
            var open = libraryMessage.IndexOf('[', StringComparison.Ordinal);
            var close = libraryMessage.LastIndexOf(']');
            if (open >= 0 && close > open)
            {
                try
                {
                    using var list = JsonDocument.Parse(libraryMessage[open..(close + 1)]);
                    names.AddRange(list.RootElement.EnumerateArray().Select(static r => r.GetString() ?? string.Empty));
                }
                catch (JsonException)
                {
                    // The message is only a fallback; an unparseable one is reported whole below.
                }
            }
        }

        var missing = instance.ValueKind == JsonValueKind.Object
            ? names.Where(n => !instance.TryGetProperty(n, out _)).ToList()
            : names;
        return missing.Count > 0 ? missing : [libraryMessage];
    }

    /// <summary>Finds the subschema that failed; tolerant of locations that carry extra segments.</summary>
    private static JsonElement? ResolveSchemaNode(JsonElement schemaRoot, Uri schemaLocation)
    {
        var fragment = Uri.UnescapeDataString(schemaLocation.Fragment.TrimStart('#'));
        JsonElement? deepest = schemaRoot;
        var current = schemaRoot;
        foreach (var token in JsonPointers.Split(fragment))
        {
            // Evaluation adds segments that are not in the schema text (a repeated 'items', the $defs name after a $ref): skip them.
            if (JsonPointers.TryStep(current, token, out var child))
            {
                current = child;
                deepest = current.ValueKind == JsonValueKind.Object ? current : deepest;
            }
        }

        return deepest;
    }

    private static string DescribeTypes(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(static t => Article(t.GetString() ?? "value")))
        : Article(type.GetString() ?? "value");

    private static string Article(string type) => type switch
    {
        "integer" => "a whole number",
        "object" => "an object",
        "array" => "an array",
        "null" => "null",
        _ => "a " + type,
    };

    public static string DescribeValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the string " + Quote(value.GetString() ?? string.Empty),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    internal static string Quote(string text)
    {
        // Cut between characters, never inside a surrogate pair, which would leave half of one.
        var cut = text.Length > 60 && char.IsHighSurrogate(text[56]) ? 56 : 57;
        var shown = text.Length > 60 ? text[..cut] + "..." : text;
        return "\"" + shown.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
