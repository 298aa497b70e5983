using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rubric.Engine.Schema;

/// <summary>
/// A rule kind of the JSON format: the name rubrics give it in <c>"kind"</c>, its evaluator, the
/// JSON Schema of its parameters, how they are read and how they are written. The six built-in
/// kinds are <see cref="RuleKind"/>s too (<see cref="BuiltIn"/>); a host's kind, registered once
/// (with <see cref="RubricLoader"/> and the engine, or with <c>AddRuleKind</c> on the DI builder),
/// is loaded, checked, scored and written the same way, and the rubric schema lists it.
/// </summary>
public sealed class RuleKind
{
    /// <summary>Creates a rule kind.</summary>
    /// <param name="name">The value of the rule's <c>kind</c> member.</param>
    /// <param name="evaluator">The evaluator, which also names the rule type.</param>
    /// <param name="parametersSchema">
    /// The JSON Schema (draft 2020-12) of the rule object; <c>kind</c> is added to its properties,
    /// and it becomes a definition of the rubric schema, so <c>#/$defs/points</c> and
    /// <c>#/$defs/id</c> may be referred to. Bad parameters are reported against it with the same
    /// located diagnostics as the built-in kinds.
    /// </param>
    /// <param name="read">
    /// Turns the rule object, already valid against <paramref name="parametersSchema"/>, into the rule.
    /// An <see cref="ArgumentException"/> or <see cref="FormatException"/> it throws is reported at the rule.
    /// </param>
    /// <param name="write">
    /// Turns a rule of this kind into its rule object, for <see cref="RubricWriter"/>; the writer puts
    /// <c>kind</c> first, replacing any <c>kind</c> member the object has. <see langword="null"/> when
    /// rubrics with rules of this kind are not written.
    /// </param>
    /// <exception cref="ArgumentException">The name is empty, or the schema is not a JSON object.</exception>
    public RuleKind(string name, IRuleEvaluator evaluator, string parametersSchema, Func<JsonElement, DeductionRule> read, Func<DeductionRule, JsonObject>? write = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(parametersSchema);
        ArgumentNullException.ThrowIfNull(read);
        _ = JsonNode.Parse(parametersSchema) as JsonObject ?? throw new ArgumentException("The parameters schema must be a JSON object.", nameof(parametersSchema));

        Name = name;
        Evaluator = evaluator;
        ParametersSchema = parametersSchema;
        Read = read;
        Write = write;
    }

    /// <summary>
    /// The six built-in kinds, in the format's order: <c>flat</c>, <c>anyOf</c>, <c>perUnit</c>,
    /// <c>shortfall</c>, <c>tiered</c>, <c>judged</c>. Every loader reads them and every writer writes
    /// them; a host's kind may not take one of their names.
    /// </summary>
    public static IReadOnlyList<RuleKind> BuiltIn => BuiltInRuleKinds.All;

    /// <summary>The value of the rule's <c>kind</c> member.</summary>
    public string Name { get; }

    /// <summary>The evaluator.</summary>
    public IRuleEvaluator Evaluator { get; }

    /// <summary>The JSON Schema of the rule object.</summary>
    public string ParametersSchema { get; }

    /// <summary>Turns a valid rule object into the rule.</summary>
    public Func<JsonElement, DeductionRule> Read { get; }

    /// <summary>Turns a rule of this kind into its rule object; <see langword="null"/> when the kind is not written.</summary>
    public Func<DeductionRule, JsonObject>? Write { get; }

    /// <summary>The built-in kinds, then <paramref name="kinds"/> (a built-in kind given again counts once), by name.</summary>
    /// <exception cref="ArgumentException">Two kinds have the same name.</exception>
    internal static Dictionary<string, RuleKind> Index(IEnumerable<RuleKind>? kinds, string paramName)
    {
        var byName = new Dictionary<string, RuleKind>(StringComparer.Ordinal);
        foreach (var kind in BuiltIn.Concat(kinds ?? []))
        {
            ArgumentNullException.ThrowIfNull(kind, paramName);
            if (!byName.TryAdd(kind.Name, kind) && !ReferenceEquals(byName[kind.Name], kind))
            {
                throw new ArgumentException($"Two rule kinds are named '{kind.Name}'{(BuiltIn.Contains(byName[kind.Name]) ? ", a built-in kind" : string.Empty)}.", paramName);
            }
        }

        return byName;
    }

    /// <summary>The rubric schema, which defines the built-in kinds, with the other <paramref name="kinds"/> beside them.</summary>
    internal static string Compose(string rubricSchema, IEnumerable<RuleKind> kinds)
    {
        var added = Index(kinds, nameof(kinds)).Values.Except(BuiltIn).ToList();
        if (added.Count == 0)
        {
            return rubricSchema;
        }

        var root = JsonNode.Parse(rubricSchema)!.AsObject();
        var defs = root["$defs"]!.AsObject();
        var rule = defs["rule"]!.AsObject();
        var names = rule["properties"]!["kind"]!["enum"]!.AsArray();
        var branches = rule["allOf"]!.AsArray();
        foreach (var kind in added)
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
