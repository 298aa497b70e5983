namespace Rubric.Engine;

/// <summary>Applies <see cref="ShortfallRule"/>.</summary>
public sealed class ShortfallRuleEvaluator : RuleEvaluator<ShortfallRule>
{
    /// <inheritdoc/>
    protected override RuleOutcome Evaluate(ShortfallRule rule, in RuleContext context)
    {
        if (NoneDone.TryDecide(context, rule.NoneDoneLosesAll, out var decided))
        {
            return decided;
        }

        if (!context.TryGetCount(ObservationKeys.Achieved, out var achieved, out var failure))
        {
            return failure;
        }

        if (achieved == 0 && rule.NoneDoneLosesAll)
        {
            return RuleOutcome.Lost(context.Item.Points, DeductionReason.NoneDone);
        }

        if (achieved >= rule.Target)
        {
            return RuleOutcome.NoLoss;
        }

        var shortfall = rule.Target - achieved;
        var uncapped = shortfall * rule.Rate;
        var loss = Math.Min(uncapped, rule.Cap ?? context.Item.Points);
        return RuleOutcome.Lost(loss, DeductionReason.BelowTarget, shortfall, uncappedLoss: uncapped);
    }
}
