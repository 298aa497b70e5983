using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rubric.Engine.Schema;

/// <summary>
/// A rule kind a host adds to the JSON format: the name rubrics give it in <c>"kind"</c>, its
/// evaluator, the JSON Schema of its parameters and how they are read. Registered once (with
/// <see cref="RubricLoader"/> and the engine, or with <c>AddRuleKind</c> on the DI builder), it is
/// loaded, checked and scored like a built-in kind, and the rubric schema lists it.
/// </summary>
public sealed class RuleKind
{
    /// <summary>Creates a rule kind.</summary>
    /// <param name="name">The value of the rule's <c>kind</c> member; not one of the built-in kinds.</param>
    /// <param name="evaluator">The evaluator, which also names the rule type.</param>
    /// <param name="parametersSchema">
    /// The JSON Schema (draft 2020-12) of the rule object; <c>kind</c> is added to its properties.
    /// Bad parameters are reported against it with the same located diagnostics as the built-in kinds.
    /// </param>
    /// <param name="read">
    /// Turns the rule object, already valid against <paramref name="parametersSchema"/>, into the rule.
    /// An <see cref="ArgumentException"/> or <see cref="FormatException"/> it throws is reported at the rule.
    /// </param>
    /// <exception cref="ArgumentException">The name is empty or built in, or the schema is not a JSON object.</exception>
    public RuleKind(string name, IRuleEvaluator evaluator, string parametersSchema, Func<JsonElement, DeductionRule> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(parametersSchema);
        ArgumentNullException.ThrowIfNull(read);
        if (name is FlatRule.KindName or AnyOfRule.KindName or PerUnitRule.KindName or ShortfallRule.KindName or TieredRule.KindName or JudgedRule.KindName)
        {
            throw new ArgumentException($"'{name}' is a built-in rule kind.", nameof(name));
        }

        _ = JsonNode.Parse(parametersSchema) as JsonObject ?? throw new ArgumentException("The parameters schema must be a JSON object.", nameof(parametersSchema));

        Name = name;
        Evaluator = evaluator;
        ParametersSchema = parametersSchema;
        Read = read;
    }

    /// <summary>The value of the rule's <c>kind</c> member.</summary>
    public string Name { get; }

    /// <summary>The evaluator.</summary>
    public IRuleEvaluator Evaluator { get; }

    /// <summary>The JSON Schema of the rule object.</summary>
    public string ParametersSchema { get; }

    /// <summary>Turns a valid rule object into the rule.</summary>
    public Func<JsonElement, DeductionRule> Read { get; }

    /// <summary>The rubric schema with <paramref name="kinds"/> beside the built-in kinds.</summary>
    internal static string Compose(string rubricSchema, IReadOnlyCollection<RuleKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return rubricSchema;
        }

        var root = JsonNode.Parse(rubricSchema)!.AsObject();
        var defs = root["$defs"]!.AsObject();
        var rule = defs["rule"]!.AsObject();
        var names = rule["properties"]!["kind"]!["enum"]!.AsArray();
        var branches = rule["allOf"]!.AsArray();
        foreach (var kind in kinds)
        {
            var schema = JsonNode.Parse(kind.ParametersSchema)!.AsObject();
            if (schema["properties"] is not JsonObject properties)
            {
                schema["properties"] = properties = [];
            }

            properties["kind"] = new JsonObject { ["const"] = kind.Name };
            defs[kind.Name + "Rule"] = schema;
            names.Add((JsonNode)kind.Name);
            branches.Add((JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } }, ["required"] = new JsonArray("kind") },
                ["then"] = new JsonObject { ["$ref"] = $"#/$defs/{kind.Name}Rule" },
            });
        }

        rule["properties"]!["kind"]!["description"] = string.Join(", ", names.Select(static n => n!.GetValue<string>()));
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
