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
        // A propertyNames failure is about the member's name, which is the last segment of the pointer.
        var found = isName ? "the name " + Quote(JsonPointers.Split(pointer).LastOrDefault() ?? string.Empty) : DescribeValue(instance);
        var limit = schemaNode is { } n && n.ValueKind == JsonValueKind.Object && n.TryGetProperty(keyword, out var l) ? l.GetRawText() : null;
        if (limit is null && keyword is "minimum" or "exclusiveMinimum" or "maximum" or "exclusiveMaximum" or "const" or "minLength" or "maxLength" or "minItems" or "maxItems" or "minProperties" or "maxProperties")
        {
            yield return (FallbackCode(keyword), libraryMessage, pointer);
            yield break;
        }

        switch (keyword)
        {
            case "type":
                var expected = schemaNode is { } t && t.TryGetProperty("type", out var type) ? DescribeTypes(type) : "another type";
                yield return (DiagnosticCodes.TypeMismatch, $"Expected {expected}, found {found}.", pointer);
                break;

            case "required":
                foreach (var name in MissingNames(libraryMessage, schemaNode, instance))
                {
                    yield return (DiagnosticCodes.MissingProperty, $"The required property '{name}' is missing.", pointer);
                }

                break;

            case "":
            case "false":
                var name2 = pointer.Length == 0 ? string.Empty : JsonPointers.Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);
                var allowed = AllowedProperties(schemaRoot, schemaLocation);
                var list = allowed.Count == 0 ? string.Empty : " Expected one of: " + string.Join(", ", allowed) + ".";
                yield return (DiagnosticCodes.UnknownProperty, $"Unknown property '{name2}' (property names are case-sensitive).{list}", pointer);
                break;

            case "minimum":
                yield return (DiagnosticCodes.OutOfRange, $"Expected a number at least {limit}, found {found}.", pointer);
                break;
            case "exclusiveMinimum":
                yield return (DiagnosticCodes.OutOfRange, $"Expected a number greater than {limit}, found {found}.", pointer);
                break;
            case "maximum":
                yield return (DiagnosticCodes.OutOfRange, $"Expected a number at most {limit}, found {found}.", pointer);
                break;
            case "exclusiveMaximum":
                yield return (DiagnosticCodes.OutOfRange, $"Expected a number less than {limit}, found {found}.", pointer);
                break;

            case "enum":
                var values = schemaNode is { } e && e.TryGetProperty("enum", out var options)
                    ? string.Join(", ", options.EnumerateArray().Select(static o => o.GetRawText()))
                    : "the allowed values";
                if (pointer.EndsWith("/rule/kind", StringComparison.Ordinal))
                {
                    yield return (DiagnosticCodes.UnknownRuleKind, $"Unknown rule kind {instance.GetRawText()}; expected one of {values}.", pointer);
                }
                else
                {
                    yield return (DiagnosticCodes.InvalidEnumValue, $"Expected one of {values}, found {found}.", pointer);
                }

                break;

            case "const":
                yield return (DiagnosticCodes.InvalidEnumValue, $"Expected {limit}, found {found}.", pointer);
                break;

            case "pattern":
                var what = pointer.EndsWith("/date", StringComparison.Ordinal)
                    ? "a date written yyyy-MM-dd"
                    : "an id of letters, digits, '.', '_' or '-' starting with a letter or digit";
                yield return (DiagnosticCodes.InvalidFormat, $"Expected {what}, found {found}.", pointer);
                break;

            case "minLength":
                yield return (DiagnosticCodes.InvalidFormat, $"Expected a text of at least {limit} character(s), found {found}.", pointer);
                break;
            case "maxLength":
                yield return (DiagnosticCodes.InvalidFormat, $"Expected a text of at most {limit} character(s), found {found}.", pointer);
                break;

            case "minItems":
                yield return (DiagnosticCodes.WrongCount, $"Expected at least {limit} element(s), found {Count(instance)}.", pointer);
                break;
            case "maxItems":
                yield return (DiagnosticCodes.WrongCount, $"Expected at most {limit} element(s), found {Count(instance)}.", pointer);
                break;
            case "minProperties":
            case "maxProperties":
                var bound = keyword == "minProperties" ? "at least" : "at most";
                yield return (DiagnosticCodes.WrongCount, $"Expected {bound} {limit} member(s), found {Count(instance)}.", pointer);
                break;
            case "uniqueItems":
                yield return (DiagnosticCodes.WrongCount, "Expected each element at most once, found a repeated element.", pointer);
                break;

            default:
                yield return (DiagnosticCodes.SchemaViolation, $"The value does not satisfy the schema ({keyword}): {libraryMessage}", pointer);
                break;
        }
    }

    private static string FallbackCode(string keyword) => keyword switch
    {
        "const" => DiagnosticCodes.InvalidEnumValue,
        "minLength" or "maxLength" => DiagnosticCodes.InvalidFormat,
        "minItems" or "maxItems" or "minProperties" or "maxProperties" => DiagnosticCodes.WrongCount,
        _ => DiagnosticCodes.OutOfRange,
    };

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

    private static List<string> AllowedProperties(JsonElement schemaRoot, Uri schemaLocation)
    {
        var fragment = Uri.UnescapeDataString(schemaLocation.Fragment.TrimStart('#'));
        var cut = fragment.LastIndexOf("/additionalProperties", StringComparison.Ordinal);
        if (cut < 0)
        {
            return [];
        }

        return JsonPointers.TryResolve(schemaRoot, fragment[..cut], out var owner)
            && owner.ValueKind == JsonValueKind.Object
            && owner.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(static p => p.Name).ToList()
                : [];
    }

    /// <summary>Finds the subschema that failed; tolerant of locations that carry extra segments.</summary>
    private static JsonElement? ResolveSchemaNode(JsonElement schemaRoot, Uri schemaLocation)
    {
        var fragment = Uri.UnescapeDataString(schemaLocation.Fragment.TrimStart('#'));
        JsonElement? deepest = schemaRoot;
        var current = schemaRoot;
        foreach (var token in JsonPointers.Split(fragment))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                // Evaluation adds segments that are not in the schema text (a repeated 'items', the $defs name after a $ref): skip them.
                continue;
            }

            if (current.ValueKind == JsonValueKind.Object)
            {
                deepest = current;
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
