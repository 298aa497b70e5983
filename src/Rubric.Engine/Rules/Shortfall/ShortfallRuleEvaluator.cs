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
            return NoneDone.LosesAll(context.Item);
        }

        if (achieved >= rule.Target)
        {
            return RuleOutcome.NoLoss;
        }

        var shortfall = rule.Target - achieved;
        var uncapped = shortfall * rule.Rate;
        return RuleOutcome.Lost(Math.Min(uncapped, rule.Cap ?? context.Item.Points), DeductionReason.BelowTarget, shortfall, uncappedLoss: uncapped);
    }

    /// <inheritdoc/>
    /// <remarks>Each count achieved from 0 to the target: above it nothing more is gained.</remarks>
    protected internal override IEnumerable<Observation> ScoreCandidates(ShortfallRule rule, Item item, decimal score)
    {
        for (var achieved = 0; achieved <= rule.Target; achieved++)
        {
            yield return Observation.Achieved(item.Id, achieved);
        }
    }
}
