namespace Rubric.Engine;

/// <summary>Applies <see cref="TieredRule"/>.</summary>
public sealed class TieredRuleEvaluator : RuleEvaluator<TieredRule>
{
    /// <inheritdoc/>
    protected override RuleOutcome Evaluate(TieredRule rule, in RuleContext context)
    {
        if (!context.TryGetText(ObservationKeys.Level, out var levelId, out var failure))
        {
            return failure;
        }

        var level = rule.FindLevel(levelId);
        if (level is null)
        {
            return RuleOutcome.Invalid(ScoringErrorCode.UnknownLevel, ObservationKeys.Level, $"'{levelId}' is not a level of this item; expected one of {string.Join(", ", rule.Levels.Select(static l => l.Id))}.");
        }

        return level.Loss == 0m ? RuleOutcome.NoLoss : RuleOutcome.Lost(level.Loss, DeductionReason.Level, detail: level.Id);
    }

    /// <inheritdoc/>
    protected internal override IEnumerable<Observation> ScoreCandidates(TieredRule rule, Item item, decimal score) =>
        rule.Levels.Select(level => Observation.Level(item.Id, level.Id));
}
