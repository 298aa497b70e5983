namespace Rubric.Engine;

/// <summary>The "none done at all loses the whole item" check that per-unit and shortfall rules share.</summary>
internal static class NoneDone
{
    /// <summary>Reads the optional none-done flag.</summary>
    /// <returns><see langword="true"/> with <paramref name="outcome"/> set when the flag decides the outcome.</returns>
    public static bool TryDecide(in RuleContext context, bool losesAll, out RuleOutcome outcome)
    {
        outcome = default;
        if (!context.Has(ObservationKeys.NoneDone))
        {
            return false;
        }

        if (!context.TryGetBoolean(ObservationKeys.NoneDone, out var noneDone, out outcome))
        {
            return true;
        }

        if (!noneDone)
        {
            return false;
        }

        outcome = losesAll
            ? LosesAll(context.Item)
            : RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, ObservationKeys.NoneDone, $"'{ObservationKeys.NoneDone}' is true, but this item has no loss for none done; record the count instead.");
        return true;
    }

    /// <summary>Nothing was done, and the rule takes the whole item.</summary>
    public static RuleOutcome LosesAll(Item item) => RuleOutcome.Lost(item.Points, DeductionReason.NoneDone);
}
