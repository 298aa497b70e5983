namespace Rubric.Engine;

/// <summary>
/// Applies one rule kind. Implement through <see cref="RuleEvaluator{TRule}"/>; the engine
/// calls evaluators from many threads at once, so they must be stateless or immutable.
/// </summary>
public interface IRuleEvaluator
{
    /// <summary>The <see cref="DeductionRule"/> type this evaluator applies.</summary>
    Type RuleType { get; }

    /// <summary>Turns an observation into lost points, or into an error that names the bad value.</summary>
    /// <param name="context">The item and its observation.</param>
    /// <returns>The outcome.</returns>
    RuleOutcome Evaluate(in RuleContext context);

    /// <summary>Renders the sentence that explains a deduction this evaluator made.</summary>
    /// <param name="deduction">The deduction.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    string Explain(Deduction deduction, ExplanationLanguage language);
}
