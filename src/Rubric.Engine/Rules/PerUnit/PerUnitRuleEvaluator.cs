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

    /// <inheritdoc/>
    /// <remarks>
    /// Each count from 0 to one past the first whose rate alone reaches the item's points (past it
    /// the loss can no longer grow, so the one past shows that the score there has many counts
    /// behind it), and none done.
    /// </remarks>
    protected internal override IEnumerable<Observation> ScoreCandidates(PerUnitRule rule, Item item, decimal score)
    {
        var last = (int)Math.Min(decimal.Ceiling(item.Points / rule.Rate) + 1, MaxCandidates);
        for (var missing = 0; missing <= last; missing++)
        {
            yield return Observation.Missing(item.Id, missing);
        }

        yield return Observation.NoneDone(item.Id);
    }

    /// <summary>The most counts listed for a typed score: a rate this small against the points is not a sheet anyone fills by hand.</summary>
    private const int MaxCandidates = 100_000;
}
