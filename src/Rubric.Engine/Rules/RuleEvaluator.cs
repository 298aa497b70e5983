namespace Rubric.Engine;

/// <summary>Base class for the evaluator of one rule kind.</summary>
/// <typeparam name="TRule">The rule kind.</typeparam>
public abstract class RuleEvaluator<TRule> : IRuleEvaluator, CompiledRule.ICompiles
    where TRule : DeductionRule
{
    /// <inheritdoc/>
    public Type RuleType => typeof(TRule);

    /// <inheritdoc/>
    public RuleOutcome Evaluate(in RuleContext context)
    {
        if (context.Item.Rule is not TRule rule)
        {
            throw WrongKind(context.Item);
        }

        // A score typed directly is resolved through the same Evaluate, so the rule's arithmetic lives in one place.
        return context.Observation.Score is null ? Evaluate(rule, context) : TypedScore.Resolve(this, rule, context);
    }

    /// <inheritdoc/>
    CompiledRule CompiledRule.ICompiles.Compile(Item item) => new Compiled(this, item.Rule as TRule ?? throw WrongKind(item));

    /// <summary>Turns an observation into lost points, or into an error that names the bad value.</summary>
    /// <param name="rule">The item's rule.</param>
    /// <param name="context">The item and its observation.</param>
    /// <returns>The outcome.</returns>
    protected abstract RuleOutcome Evaluate(TRule rule, in RuleContext context);

    /// <summary>
    /// The observations that can stand behind a score typed directly for an item of this kind: a
    /// finite list covering every score the rule can give (each count up to where the loss stops
    /// changing, each level, met and not met). Scoring evaluates each with
    /// <see cref="Evaluate(TRule, in RuleContext)"/>: the score is accepted when one gives it, and
    /// the observation behind it is named when only one does. The default, <see langword="null"/>,
    /// means the kind takes no typed score.
    /// </summary>
    /// <param name="rule">The item's rule.</param>
    /// <param name="item">The item.</param>
    /// <param name="score">The score typed, for kinds whose observation is the score itself (judged).</param>
    /// <returns>The candidate observations, or <see langword="null"/>.</returns>
    protected internal virtual IEnumerable<Observation>? ScoreCandidates(TRule rule, Item item, decimal score) => null;

    /// <summary>Evaluates one observation with this kind's arithmetic, for resolving a typed score.</summary>
    internal RuleOutcome EvaluateObserved(TRule rule, in RuleContext context) => Evaluate(rule, context);

    /// <summary>
    /// Renders the sentence that explains a deduction. The default covers every
    /// <see cref="DeductionReason"/> except <see cref="DeductionReason.Custom"/>; override it for a custom rule kind.
    /// </summary>
    /// <param name="deduction">The deduction.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public virtual string Explain(Deduction deduction, ExplanationLanguage language) => DeductionText.Render(deduction, language);

    private static InvalidOperationException WrongKind(Item item) =>
        new($"Item '{item.Id}' has a {item.Rule.GetType().Name}, not a {typeof(TRule).Name}.");

    /// <summary>
    /// One item's rule, its type tested once. The typed-score test is written out as in the
    /// interface's Evaluate: a method shared by the two cost scoring what binding saves.
    /// </summary>
    private sealed class Compiled(RuleEvaluator<TRule> evaluator, TRule rule) : CompiledRule(evaluator)
    {
        public override RuleOutcome Evaluate(in RuleContext context) =>
            context.Observation.Score is null ? evaluator.Evaluate(rule, context) : TypedScore.Resolve(evaluator, rule, context);
    }
}
