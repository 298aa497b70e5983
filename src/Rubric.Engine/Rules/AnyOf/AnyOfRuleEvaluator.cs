namespace Rubric.Engine;

/// <summary>Applies <see cref="AnyOfRule"/>.</summary>
public sealed class AnyOfRuleEvaluator : RuleEvaluator<AnyOfRule>
{
    /// <inheritdoc/>
    protected override RuleOutcome Evaluate(AnyOfRule rule, in RuleContext context)
    {
        foreach (var key in context.Observation.Keys)
        {
            if (!HasCondition(rule, key))
            {
                return RuleOutcome.Invalid(ScoringErrorCode.UnknownCondition, key, $"'{key}' is not a condition of this item; expected one of {string.Join(", ", rule.Conditions.Select(static c => c.Id))}.");
            }
        }

        string? failed = null;
        var failures = 0;
        foreach (var condition in rule.Conditions)
        {
            if (!context.TryGetBoolean(condition.Id, out var met, out var failure))
            {
                return failure;
            }

            if (!met)
            {
                failed = failed is null ? condition.Id : failed + "," + condition.Id;
                failures++;
            }
        }

        return failed is null ? RuleOutcome.NoLoss : RuleOutcome.Lost(rule.Loss ?? context.Item.Points, DeductionReason.ConditionsNotMet, failures, failed);
    }

    private static bool HasCondition(AnyOfRule rule, string id)
    {
        foreach (var condition in rule.Conditions)
        {
            if (string.Equals(condition.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    /// <remarks>Every condition met, then each one failing alone: more failing loses no more.</remarks>
    protected internal override IEnumerable<Observation> ScoreCandidates(AnyOfRule rule, Item item, decimal score)
    {
        yield return Observation.Conditions(item.Id, [.. rule.Conditions.Select(static c => (c.Id, true))]);
        foreach (var failing in rule.Conditions)
        {
            yield return Observation.Conditions(item.Id, [.. rule.Conditions.Select(c => (c.Id, !ReferenceEquals(c, failing)))]);
        }
    }
}
