namespace Rubric.Engine;

/// <summary>
/// A target count (每学期至少走访…20人次以上): the assessor records the count achieved, and each
/// unit short of the target loses <see cref="Rate"/>, capped; achieving nothing loses the whole
/// item. Reads <see cref="ObservationKeys.Achieved"/> and, optionally, <see cref="ObservationKeys.NoneDone"/>.
/// </summary>
public sealed class ShortfallRule : DeductionRule
{
    /// <summary>The kind name in rubric files.</summary>
    public const string KindName = "shortfall";

    /// <summary>Creates the rule.</summary>
    /// <param name="target">The count required; greater than zero.</param>
    /// <param name="rate">The points lost per unit short; greater than zero.</param>
    /// <param name="cap">The most the rule can take; <see langword="null"/> for the item's points.</param>
    /// <param name="noneDoneLosesAll">Whether achieving nothing loses the whole item.</param>
    /// <param name="unit">What is counted, as the sheet says it.</param>
    public ShortfallRule(int target, decimal rate, decimal? cap = null, bool noneDoneLosesAll = true, string unit = "人次")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        Target = target;
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

    /// <summary>The count required.</summary>
    public int Target { get; }

    /// <summary>The points lost per unit short of the target.</summary>
    public decimal Rate { get; }

    /// <summary>The most the rule can take; <see langword="null"/> means the item's points.</summary>
    public decimal? Cap { get; }

    /// <summary>Whether achieving nothing loses the whole item.</summary>
    public bool NoneDoneLosesAll { get; }

    /// <summary>What is counted.</summary>
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
