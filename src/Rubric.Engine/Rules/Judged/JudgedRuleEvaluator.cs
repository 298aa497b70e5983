namespace Rubric.Engine;

/// <summary>Applies <see cref="JudgedRule"/>.</summary>
public sealed class JudgedRuleEvaluator : RuleEvaluator<JudgedRule>
{
    /// <inheritdoc/>
    protected override RuleOutcome Evaluate(JudgedRule rule, in RuleContext context)
    {
        if (!context.TryGetNumber(ObservationKeys.Awarded, out var awarded, out var failure))
        {
            return failure;
        }

        var points = context.Item.Points;
        if (awarded < 0m || awarded > points)
        {
            return RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, ObservationKeys.Awarded, $"'{ObservationKeys.Awarded}' is {PointsFormat.Format(awarded)}; expected 0 to {PointsFormat.Format(points)}.");
        }

        if (rule.Step is { } step && awarded % step != 0m)
        {
            return RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, ObservationKeys.Awarded, $"'{ObservationKeys.Awarded}' is {PointsFormat.Format(awarded)}; expected a multiple of {PointsFormat.Format(step)}.");
        }

        return awarded == points ? RuleOutcome.NoLoss : RuleOutcome.Lost(points - awarded, DeductionReason.Judged, awarded);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The score typed is the award itself; with a step, every award the step allows, so a score
    /// off the step is told the nearest ones; without, 0 and the points bound the range.
    /// </remarks>
    protected internal override IEnumerable<Observation> ScoreCandidates(JudgedRule rule, Item item, decimal score)
    {
        if (rule.Step is { } step)
        {
            for (var awarded = 0m; awarded <= item.Points; awarded += step)
            {
                yield return Observation.Awarded(item.Id, awarded);
            }

            yield break;
        }

        yield return Observation.Awarded(item.Id, 0m);
        if (score > 0m && score < item.Points)
        {
            yield return Observation.Awarded(item.Id, score);
        }

        yield return Observation.Awarded(item.Id, item.Points);
    }
}
