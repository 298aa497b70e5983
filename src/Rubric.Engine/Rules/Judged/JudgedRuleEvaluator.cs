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
}
