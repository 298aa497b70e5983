namespace Rubric.Engine;

/// <summary>Applies <see cref="AnyOfRule"/>.</summary>
public sealed class AnyOfRuleEvaluator : RuleEvaluator<AnyOfRule>
{
    /// <inheritdoc/>
    protected override RuleOutcome Evaluate(AnyOfRule rule, in RuleContext context)
    {
        // As many values as conditions, each condition found: then no value names anything else,
        // and the observation's keys (a dictionary built on first use) need not be walked.
        if (!NamesEveryConditionOnly(rule, context))
        {
            foreach (var key in context.Observation.Keys)
            {
                if (!HasCondition(rule, key))
                {
                    return RuleOutcome.Invalid(ScoringErrorCode.UnknownCondition, key, $"'{key}' is not a condition of this item; expected one of {string.Join(", ", rule.Conditions.Select(static c => c.Id))}.");
                }
            }
        }

        string? failed = null;
        var failures = 0;
        var conditions = rule.Conditions;
        for (var c = 0; c < conditions.Count; c++)
        {
            var condition = conditions[c];
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

    private static bool NamesEveryConditionOnly(AnyOfRule rule, in RuleContext context)
    {
        var conditions = rule.Conditions;
        if (context.Observation.Count != conditions.Count)
        {
            return false;
        }

        for (var c = 0; c < conditions.Count; c++)
        {
            if (!context.Has(conditions[c].Id))
            {
                return false;
            }
        }

        return true;
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
