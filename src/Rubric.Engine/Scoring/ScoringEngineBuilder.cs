using System.Collections.Frozen;

namespace Rubric.Engine;

/// <summary>
/// Composes rule evaluators and pipeline steps into an immutable <see cref="ScoringEngine"/>.
/// Starts with the six built-in rule kinds; a host adds its own kinds and steps.
/// </summary>
/// <example>
/// <code>
/// var engine = new ScoringEngineBuilder()
///     .AddRuleKind(new MyRuleEvaluator())
///     .AddVeto(new VetoOptions { ItemId = "t1.15" })
///     .Build();
/// </code>
/// </example>
public sealed class ScoringEngineBuilder
{
    private readonly Dictionary<Type, IRuleEvaluator> _evaluators = [];
    private readonly List<IScoringStep> _steps = [];

    /// <summary>Creates a builder with the built-in rule kinds registered.</summary>
    public ScoringEngineBuilder()
    {
        AddRuleKind(new FlatRuleEvaluator());
        AddRuleKind(new AnyOfRuleEvaluator());
        AddRuleKind(new PerUnitRuleEvaluator());
        AddRuleKind(new ShortfallRuleEvaluator());
        AddRuleKind(new TieredRuleEvaluator());
        AddRuleKind(new JudgedRuleEvaluator());
    }

    /// <summary>Registers the evaluator of a rule kind, replacing any earlier one for the same rule type.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <returns>This builder.</returns>
    public ScoringEngineBuilder AddRuleKind(IRuleEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        if (!typeof(DeductionRule).IsAssignableFrom(evaluator.RuleType))
        {
            throw new ArgumentException($"{evaluator.RuleType.Name} does not derive from {nameof(DeductionRule)}.", nameof(evaluator));
        }

        _evaluators[evaluator.RuleType] = evaluator;
        return this;
    }

    /// <summary>Appends a pipeline step; steps run in the order added.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This builder.</returns>
    public ScoringEngineBuilder AddStep(IScoringStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentException.ThrowIfNullOrWhiteSpace(step.Name, nameof(step));
        _steps.Add(step);
        return this;
    }

    /// <summary>Builds the engine. The builder can go on being used; the engine does not change with it.</summary>
    /// <returns>The engine.</returns>
    public ScoringEngine Build() => new(_evaluators.ToFrozenDictionary(), [.. _steps]);
}
