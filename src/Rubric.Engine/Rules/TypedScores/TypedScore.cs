namespace Rubric.Engine;

/// <summary>
/// Turns a score typed directly (<see cref="Observation.Scored"/>) into the outcome of the
/// observation behind it. Every score is worked out by the rule's own evaluator over the
/// candidates its kind lists, so there is no second formula per kind to drift from the first.
/// </summary>
internal static class TypedScore
{
    public static RuleOutcome Resolve<TRule>(RuleEvaluator<TRule> evaluator, TRule rule, in RuleContext context)
        where TRule : DeductionRule
    {
        var item = context.Item;
        var score = context.Observation.Score!.Value;
        if (context.Observation.Observed is { } observed)
        {
            var outcome = evaluator.EvaluateObserved(rule, new RuleContext(item, context.Side, observed));
            if (outcome.IsError)
            {
                return outcome;
            }

            var produced = ScoreOf(item, outcome);
            return produced == score
                ? outcome
                : RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, ObservationKeys.Score, $"The score {F(score)} and the observation {Describe(observed)} disagree: that observation scores {F(produced)}.");
        }

        if (evaluator.ScoreCandidates(rule, item, score) is not { } candidates)
        {
            return RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, ObservationKeys.Score, $"A {rule.Kind} rule takes no score typed directly; record what was observed.");
        }

        RuleOutcome match = default;
        var matches = 0;
        decimal? below = null, above = null;
        RuleOutcome? firstError = null;
        foreach (var candidate in candidates)
        {
            var outcome = evaluator.EvaluateObserved(rule, new RuleContext(item, context.Side, candidate));
            if (outcome.IsError)
            {
                firstError ??= outcome;
                continue;
            }

            var produced = ScoreOf(item, outcome);
            if (produced == score)
            {
                match = matches == 0 ? outcome : match;
                matches++;
            }
            else if (produced < score)
            {
                below = below is { } b && b >= produced ? b : produced;
            }
            else
            {
                above = above is { } a && a <= produced ? a : produced;
            }
        }

        if (matches == 1)
        {
            return match;
        }

        if (matches > 1)
        {
            // Several observations give this score (0 on a per-unit item: ten missing, eleven, or none done): the score stands, but naming one would be a guess.
            return score == item.Points ? RuleOutcome.NoLoss : RuleOutcome.Lost(item.Points - score, DeductionReason.ScoredDirectly, score);
        }

        if (below is null && above is null && firstError is { } error)
        {
            return RuleOutcome.Invalid(error.ErrorCode, ObservationKeys.Score, $"The score {F(score)} cannot be given: {error.ErrorMessage}");
        }

        var nearest = (below, above) switch
        {
            ({ } b, { } a) => $"the nearest scores it can produce are {F(b)} and {F(a)}",
            ({ } b, null) => $"the nearest score it can produce is {F(b)}",
            (null, { } a) => $"the nearest score it can produce is {F(a)}",
            _ => "it produces no score",
        };
        return RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, ObservationKeys.Score, $"The score {F(score)} cannot be produced by this item's {rule.Kind} rule; {nearest}.");
    }

    /// <summary>The item's score for an outcome, as scoring gives it.</summary>
    private static decimal ScoreOf(Item item, in RuleOutcome outcome) => item.Points - outcome.LossOn(item);

    private static string Describe(Observation observation) => observation.ToString()[(observation.ItemId.Length + 1)..];

    private static string F(decimal value) => PointsFormat.Format(value);
}
