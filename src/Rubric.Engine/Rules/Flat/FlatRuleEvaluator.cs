namespace Rubric.Engine;

/// <summary>Applies <see cref="FlatRule"/>.</summary>
public sealed class FlatRuleEvaluator : RuleEvaluator<FlatRule>
{
    /// <inheritdoc/>
    protected override RuleOutcome Evaluate(FlatRule rule, in RuleContext context)
    {
        if (!context.TryGetBoolean(ObservationKeys.Met, out var met, out var failure))
        {
            return failure;
        }

        return met ? RuleOutcome.NoLoss : RuleOutcome.Lost(rule.Loss ?? context.Item.Points, DeductionReason.NotMet);
    }

    /// <inheritdoc/>
    protected internal override IEnumerable<Observation> ScoreCandidates(FlatRule rule, Item item, decimal score) =>
        [Observation.Met(item.Id, true), Observation.Met(item.Id, false)];
}
