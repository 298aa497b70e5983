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

        if (missing == 0)
        {
            return RuleOutcome.NoLoss;
        }

        var uncapped = missing * rule.Rate;
        return RuleOutcome.Lost(Math.Min(uncapped, rule.Cap ?? context.Item.Points), DeductionReason.UnitsMissing, missing, uncappedLoss: uncapped);
    }
}
