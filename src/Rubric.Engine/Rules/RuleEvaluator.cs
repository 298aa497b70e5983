namespace Rubric.Engine;

/// <summary>Base class for the evaluator of one rule kind.</summary>
/// <typeparam name="TRule">The rule kind.</typeparam>
public abstract class RuleEvaluator<TRule> : IRuleEvaluator
    where TRule : DeductionRule
{
    /// <inheritdoc/>
    public Type RuleType => typeof(TRule);

    /// <inheritdoc/>
    public RuleOutcome Evaluate(in RuleContext context)
    {
        if (context.Item.Rule is not TRule rule)
        {
            throw new InvalidOperationException($"Item '{context.Item.Id}' has a {context.Item.Rule.GetType().Name}, not a {typeof(TRule).Name}.");
        }

        return Evaluate(rule, context);
    }

    /// <summary>Turns an observation into lost points, or into an error that names the bad value.</summary>
    /// <param name="rule">The item's rule.</param>
    /// <param name="context">The item and its observation.</param>
    /// <returns>The outcome.</returns>
    protected abstract RuleOutcome Evaluate(TRule rule, in RuleContext context);

    /// <summary>
    /// Renders the sentence that explains a deduction. The default covers every
    /// <see cref="DeductionReason"/> except <see cref="DeductionReason.Custom"/>; override it for a custom rule kind.
    /// </summary>
    /// <param name="deduction">The deduction.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public virtual string Explain(Deduction deduction, ExplanationLanguage language) => DeductionText.Render(deduction, language);
}
