namespace Rubric.Engine;

/// <summary>Applies <see cref="PerUnitRule"/>.</summary>
public sealed class PerUnitRuleEvaluator : RuleEvaluator<PerUnitRule>
{
    /// <inheritdoc/>
    protected override RuleOutcome Evaluate(PerUnitRule rule, in RuleContext context)
    {
        if (NoneDone.TryDecide(context, rule.NoneDoneLosesAll, out var decided))
        {
            return decided;
        }

        if (!context.TryGetCount(ObservationKeys.Missing, out var missing, out var failure))
        {
            return failure;
        }

        // One implementation of the arithmetic, shared with the scoring plan's inline path.
        return InlineRules.PerUnitCount(rule, context.Item, missing, out var outcome) == InlineRules.Verdict.Lost ? outcome : RuleOutcome.NoLoss;
    }
}
