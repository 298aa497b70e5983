using System.Runtime.CompilerServices;

namespace Rubric.Engine;

/// <summary>
/// The built-in rule kinds applied inline, for the common case only: every value present, of the
/// right type and in range. Anything else returns <see cref="Verdict.Evaluate"/> and the item goes
/// through its evaluator, which produces the error (or the outcome) exactly as it always has. The
/// arithmetic of a valid observation (<see cref="FlatLost"/>, <see cref="PerUnitCount"/>,
/// <see cref="ShortfallCount"/>) is shared with the evaluators, so the two paths cannot drift apart.
/// </summary>
internal static class InlineRules
{
    public enum Verdict : byte
    {
        /// <summary>Not decided here; ask the evaluator.</summary>
        Evaluate,

        /// <summary>Nothing lost.</summary>
        NoLoss,

        /// <summary>Points lost; the outcome says how.</summary>
        Lost,
    }

    /// <summary>Kinds whose evaluator is the stock one may be applied inline; a replaced evaluator never is.</summary>
    public static BuiltInKind KindOf(IRuleEvaluator evaluator) => evaluator switch
    {
        _ when evaluator.GetType() == typeof(FlatRuleEvaluator) => BuiltInKind.Flat,
        _ when evaluator.GetType() == typeof(AnyOfRuleEvaluator) => BuiltInKind.AnyOf,
        _ when evaluator.GetType() == typeof(PerUnitRuleEvaluator) => BuiltInKind.PerUnit,
        _ when evaluator.GetType() == typeof(ShortfallRuleEvaluator) => BuiltInKind.Shortfall,
        _ when evaluator.GetType() == typeof(TieredRuleEvaluator) => BuiltInKind.Tiered,
        _ when evaluator.GetType() == typeof(JudgedRuleEvaluator) => BuiltInKind.Judged,
        _ => BuiltInKind.None,
    };

    public static Verdict Apply(BuiltInKind kind, Item item, Observation observation, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        switch (kind)
        {
            case BuiltInKind.Flat:
                if (!TryBoolean(observation, ObservationKeys.Met, out var met))
                {
                    return Verdict.Evaluate;
                }

                if (met)
                {
                    return Verdict.NoLoss;
                }

                outcome = FlatLost((FlatRule)item.Rule, item);
                return Verdict.Lost;

            case BuiltInKind.AnyOf:
                return AnyOf((AnyOfRule)item.Rule, item, observation, out outcome);

            case BuiltInKind.PerUnit:
                return PerUnit((PerUnitRule)item.Rule, item, observation, out outcome);

            case BuiltInKind.Shortfall:
                return Shortfall((ShortfallRule)item.Rule, item, observation, out outcome);

            case BuiltInKind.Tiered:
                return Tiered((TieredRule)item.Rule, observation, out outcome);

            case BuiltInKind.Judged:
                return Judged((JudgedRule)item.Rule, item, observation, out outcome);

            default:
                return Verdict.Evaluate;
        }
    }

    private static Verdict AnyOf(AnyOfRule rule, Item item, Observation observation, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        var conditions = rule.Conditions;

        // As many values as conditions, each condition found: then no value names an unknown condition.
        if (observation.Count != conditions.Count)
        {
            return Verdict.Evaluate;
        }

        string? failed = null;
        var failures = 0;
        for (var c = 0; c < conditions.Count; c++)
        {
            var id = conditions[c].Id;
            if (!TryBoolean(observation, id, out var met))
            {
                return Verdict.Evaluate;
            }

            if (!met)
            {
                failed = failed is null ? id : failed + "," + id;
                failures++;
            }
        }

        if (failed is null)
        {
            return Verdict.NoLoss;
        }

        outcome = RuleOutcome.Lost(AnyOfLoss(rule, item), DeductionReason.ConditionsNotMet, failures, failed);
        return Verdict.Lost;
    }

    /// <summary>What a flat rule takes when its requirement is not met.</summary>
    public static RuleOutcome FlatLost(FlatRule rule, Item item) => RuleOutcome.Lost(rule.Loss ?? item.Points, DeductionReason.NotMet);

    /// <summary>What an any-of rule takes when a condition is not met.</summary>
    public static decimal AnyOfLoss(AnyOfRule rule, Item item) => rule.Loss ?? item.Points;

    /// <summary>What a per-unit or shortfall rule takes when nothing was done and that loses everything.</summary>
    public static RuleOutcome NoneDoneLost(Item item) => RuleOutcome.Lost(item.Points, DeductionReason.NoneDone);

    private static Verdict PerUnit(PerUnitRule rule, Item item, Observation observation, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        switch (NoneDone(observation, rule.NoneDoneLosesAll))
        {
            case NoneDoneFlag.LosesAll:
                outcome = NoneDoneLost(item);
                return Verdict.Lost;
            case NoneDoneFlag.Unclear:
                return Verdict.Evaluate;
        }

        if (!TryCount(observation, ObservationKeys.Missing, out var missing))
        {
            return Verdict.Evaluate;
        }

        return PerUnitCount(rule, item, missing, out outcome);
    }

    /// <summary>A per-unit rule once the count missing is known to be a valid count.</summary>
    public static Verdict PerUnitCount(PerUnitRule rule, Item item, int missing, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        if (missing == 0)
        {
            return Verdict.NoLoss;
        }

        var uncapped = missing * rule.Rate;
        var loss = Math.Min(uncapped, rule.Cap ?? item.Points);
        outcome = RuleOutcome.Lost(loss, DeductionReason.UnitsMissing, missing, uncappedLoss: uncapped);
        return Verdict.Lost;
    }

    private static Verdict Shortfall(ShortfallRule rule, Item item, Observation observation, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        switch (NoneDone(observation, rule.NoneDoneLosesAll))
        {
            case NoneDoneFlag.LosesAll:
                outcome = NoneDoneLost(item);
                return Verdict.Lost;
            case NoneDoneFlag.Unclear:
                return Verdict.Evaluate;
        }

        if (!TryCount(observation, ObservationKeys.Achieved, out var achieved))
        {
            return Verdict.Evaluate;
        }

        return ShortfallCount(rule, item, achieved, out outcome);
    }

    /// <summary>A shortfall rule once the count achieved is known to be a valid count.</summary>
    public static Verdict ShortfallCount(ShortfallRule rule, Item item, int achieved, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        if (achieved == 0 && rule.NoneDoneLosesAll)
        {
            outcome = NoneDoneLost(item);
            return Verdict.Lost;
        }

        if (achieved >= rule.Target)
        {
            return Verdict.NoLoss;
        }

        var shortfall = rule.Target - achieved;
        var uncapped = shortfall * rule.Rate;
        var loss = Math.Min(uncapped, rule.Cap ?? item.Points);
        outcome = RuleOutcome.Lost(loss, DeductionReason.BelowTarget, shortfall, uncappedLoss: uncapped);
        return Verdict.Lost;
    }

    private static Verdict Tiered(TieredRule rule, Observation observation, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        if (!observation.TryGetValue(ObservationKeys.Level, out var value) || !value.TryGetString(out var levelId))
        {
            return Verdict.Evaluate;
        }

        var level = rule.FindLevel(levelId);
        if (level is null)
        {
            return Verdict.Evaluate;
        }

        return TieredLevel(level, out outcome);
    }

    /// <summary>A tiered rule once the level is found.</summary>
    public static Verdict TieredLevel(RuleLevel level, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        if (level.Loss == 0m)
        {
            return Verdict.NoLoss;
        }

        outcome = RuleOutcome.Lost(level.Loss, DeductionReason.Level, detail: level.Id);
        return Verdict.Lost;
    }

    private static Verdict Judged(JudgedRule rule, Item item, Observation observation, out RuleOutcome outcome)
    {
        Unsafe.SkipInit(out outcome);
        if (!observation.TryGetValue(ObservationKeys.Awarded, out var value) || !value.TryGetDecimal(out var awarded))
        {
            return Verdict.Evaluate;
        }

        var points = item.Points;
        // A negative sign (even on zero) goes to the evaluator, which decides it as it always has.
        if (decimal.IsNegative(awarded) || awarded > points || (rule.Step is { } step && awarded % step != 0m))
        {
            return Verdict.Evaluate;
        }

        if (awarded == points)
        {
            return Verdict.NoLoss;
        }

        outcome = RuleOutcome.Lost(points - awarded, DeductionReason.Judged, awarded);
        return Verdict.Lost;
    }

    private enum NoneDoneFlag : byte
    {
        Absent,
        LosesAll,
        Unclear,
    }

    /// <summary>The optional none-done flag as <see cref="Rubric.Engine.NoneDone"/> reads it: absent or false goes on to the count.</summary>
    private static NoneDoneFlag NoneDone(Observation observation, bool losesAll)
    {
        if (!observation.TryGetValue(ObservationKeys.NoneDone, out var value))
        {
            return NoneDoneFlag.Absent;
        }

        if (!value.TryGetBoolean(out var noneDone))
        {
            return NoneDoneFlag.Unclear;
        }

        return !noneDone ? NoneDoneFlag.Absent : losesAll ? NoneDoneFlag.LosesAll : NoneDoneFlag.Unclear;
    }

    private static bool TryBoolean(Observation observation, string key, out bool value)
    {
        value = false;
        return observation.TryGetValue(key, out var observed) && observed.TryGetBoolean(out value);
    }

    /// <summary>
    /// A whole number from 0 to <see cref="int.MaxValue"/> written without decimals, read from its
    /// bits. Stricter than <see cref="RuleContext.TryGetCount"/> (3.0 or -0 go to the evaluator,
    /// which decides them as it always has) and much cheaper than decimal comparisons.
    /// </summary>
    private static bool TryCount(Observation observation, string key, out int value)
    {
        value = 0;
        return observation.TryGetValue(key, out var observed) && TryCount(observed, out value);
    }

    /// <summary>The value as a count, by the rule of <see cref="TryCount(Observation, string, out int)"/>.</summary>
    public static bool TryCount(in ObservedValue observed, out int value)
    {
        value = 0;
        if (!observed.TryGetDecimal(out var number))
        {
            return false;
        }

        // Most counts were taken apart when the value was made: a whole number of scale 0.
        if (observed.Units is var units and >= 0)
        {
            value = units >> 8;
            return (units & 0xFF) == 0;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);

        // bits: low, middle and high 32 bits of the magnitude, then sign and scale; all zero but the low part means 0..2^31-1 as written.
        if (bits[3] != 0 || bits[2] != 0 || bits[1] != 0 || bits[0] < 0)
        {
            return false;
        }

        value = bits[0];
        return true;
    }
}
