namespace Rubric.Engine;

/// <summary>
/// A loss per missing person or person-time, capped, where "none done at all" loses the whole
/// item (未完成每人次扣0.2分，没做的扣2分). Reads <see cref="ObservationKeys.Missing"/> and,
/// optionally, <see cref="ObservationKeys.NoneDone"/>.
/// </summary>
public sealed class PerUnitRule : DeductionRule
{
    /// <summary>The kind name in rubric files.</summary>
    public const string KindName = "perUnit";

    /// <summary>Creates the rule.</summary>
    /// <param name="rate">The points lost per missing unit; greater than zero.</param>
    /// <param name="cap">The most the rule can take; <see langword="null"/> for the item's points.</param>
    /// <param name="noneDoneLosesAll">Whether "none done" loses the whole item.</param>
    /// <param name="unit">What is counted, as the sheet says it (人次, 人).</param>
    public PerUnitRule(decimal rate, decimal? cap = null, bool noneDoneLosesAll = true, string unit = "人次")
    {
        Rate = Guard.Positive(rate, nameof(rate));
        if (cap is { } value)
        {
            Guard.Positive(value, nameof(cap));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        Cap = cap;
        NoneDoneLosesAll = noneDoneLosesAll;
        Unit = unit;
    }

    /// <inheritdoc/>
    public override string Kind => KindName;

    /// <summary>The points lost per missing unit.</summary>
    public decimal Rate { get; }

    /// <summary>The most the rule can take; <see langword="null"/> means the item's points.</summary>
    public decimal? Cap { get; }

    /// <summary>Whether "none done" loses the whole item.</summary>
    public bool NoneDoneLosesAll { get; }

    /// <summary>What is counted (人次 person-times, 人 persons).</summary>
    public string Unit { get; }

    /// <inheritdoc/>
    protected internal override void Validate(decimal itemPoints)
    {
        EnsureWithinPoints(Rate, itemPoints, "rate");
        if (Cap is { } cap)
        {
            EnsureWithinPoints(cap, itemPoints, "cap");
        }
    }
}
