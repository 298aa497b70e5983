using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Rubric.Engine;

/// <summary>
/// Scores assessments against rubrics with a fixed set of rule evaluators and pipeline steps.
/// Built once by <see cref="ScoringEngineBuilder"/>; immutable and safe to share between threads.
/// </summary>
/// <example>
/// <code>
/// var engine = ScoringEngine.Default;
/// var result = engine.Score(rubric, assessment);
/// if (result.Succeeded)
/// {
///     Console.WriteLine(result.Scorecard.Score);
/// }
/// </code>
/// </example>
public sealed class ScoringEngine
{
    private readonly FrozenDictionary<Type, IRuleEvaluator> _evaluators;
    private readonly IScoringStep[] _steps;
    private readonly ConditionalWeakTable<RubricDefinition, ScoringPlan> _plans = [];

    internal ScoringEngine(FrozenDictionary<Type, IRuleEvaluator> evaluators, IScoringStep[] steps)
    {
        _evaluators = evaluators;
        _steps = steps;
    }

    /// <summary>An engine with the six built-in rule kinds and no pipeline steps.</summary>
    public static ScoringEngine Default { get; } = new ScoringEngineBuilder().Build();

    /// <summary>The rule types this engine can apply.</summary>
    public IReadOnlyCollection<Type> RuleTypes => _evaluators.Keys;

    /// <summary>The pipeline steps, in the order they run.</summary>
    public IReadOnlyList<IScoringStep> Steps => _steps;

    /// <summary>Starts a builder.</summary>
    /// <returns>A builder with the built-in rule kinds registered.</returns>
    public static ScoringEngineBuilder CreateBuilder() => new();

    /// <summary>Compiles a rubric into a plan for this engine. Plans are cached per rubric.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidOperationException">An item uses a rule kind this engine has no evaluator for.</exception>
    public ScoringPlan Compile(RubricDefinition rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return _plans.GetValue(rubric, r => new ScoringPlan(r, _evaluators, _steps));
    }

    /// <summary>Scores one assessment.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The scorecard, or every error that prevented one.</returns>
    public ScoringResult Score(RubricDefinition rubric, Assessment assessment) => Compile(rubric).Score(assessment);
}
