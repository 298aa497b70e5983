using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rubric.Engine.Schema;

/// <summary>
/// The six built-in rule kinds, made with the constructor a host's kind is made with. Their
/// parameter schemas are the rubric schema's own definitions; their rule objects are read and
/// written through the document shape <see cref="RuleDocument"/>. Their checks against the item (a
/// loss within its points, condition ids unique) are the FluentValidation validators', which run
/// before any rule is read.
/// </summary>
internal static class BuiltInRuleKinds
{
    private const string DefaultUnit = "人次";

    public static IReadOnlyList<RuleKind> All { get; } = Create();

    private static RuleKind[] Create()
    {
        using var schema = JsonDocument.Parse(RubricSchemas.GetSchemaText(DocumentKind.Rubric));
        var definitions = schema.RootElement.GetProperty("$defs");
        return
        [
            Kind<FlatRule>(definitions, FlatRule.KindName, new FlatRuleEvaluator(), static d => new FlatRule(d.Loss), static r => new() { Loss = r.Loss }),
            Kind<AnyOfRule>(
                definitions,
                AnyOfRule.KindName,
                new AnyOfRuleEvaluator(),
                static d => new AnyOfRule((d.Conditions ?? []).Select(static c => new RuleCondition(c.Id, c.Text, c.EnglishText)), d.Loss),
                static r => new() { Conditions = [.. r.Conditions.Select(static c => new ConditionDocument { Id = c.Id, Text = c.Text, EnglishText = c.EnglishText })], Loss = r.Loss }),
            Kind<PerUnitRule>(
                definitions,
                PerUnitRule.KindName,
                new PerUnitRuleEvaluator(),
                static d => new PerUnitRule(d.Rate ?? 0m, d.Cap, d.NoneDoneLosesAll ?? true, d.Unit ?? DefaultUnit),
                static r => new() { Rate = r.Rate, Cap = r.Cap, NoneDoneLosesAll = r.NoneDoneLosesAll, Unit = r.Unit }),
            Kind<ShortfallRule>(
                definitions,
                ShortfallRule.KindName,
                new ShortfallRuleEvaluator(),
                static d => new ShortfallRule((int)(d.Target ?? 0m), d.Rate ?? 0m, d.Cap, d.NoneDoneLosesAll ?? true, d.Unit ?? DefaultUnit),
                static r => new() { Target = r.Target, Rate = r.Rate, Cap = r.Cap, NoneDoneLosesAll = r.NoneDoneLosesAll, Unit = r.Unit }),
            Kind<TieredRule>(
                definitions,
                TieredRule.KindName,
                new TieredRuleEvaluator(),
                static d => new TieredRule((d.Levels ?? []).Select(static l => new RuleLevel(l.Id, l.Text, l.Loss, l.EnglishText))),
                static r => new() { Levels = [.. r.Levels.Select(static l => new LevelDocument { Id = l.Id, Text = l.Text, EnglishText = l.EnglishText, Loss = l.Loss })] }),
            Kind<JudgedRule>(definitions, JudgedRule.KindName, new JudgedRuleEvaluator(), static d => new JudgedRule(d.Step), static r => new() { Step = r.Step }),
        ];
    }

    private static RuleKind Kind<TRule>(JsonElement definitions, string name, IRuleEvaluator evaluator, Func<RuleDocument, DeductionRule> read, Func<TRule, RuleDocument> write)
        where TRule : DeductionRule =>
        new(
            name,
            evaluator,
            definitions.GetProperty(name + "Rule").GetRawText(),
            element => read(element.Deserialize(DocumentJsonContext.Default.RuleDocument) ?? new RuleDocument()),
            rule =>
            {
                var document = write(rule as TRule ?? throw new ArgumentException($"A rule of kind '{name}' must be a {typeof(TRule).Name}, not a {rule?.GetType().Name ?? "null"}.", nameof(rule)));
                document.Kind = name;
                return JsonSerializer.SerializeToNode(document, DocumentJsonContext.Default.RuleDocument)!.AsObject();
            });
}
