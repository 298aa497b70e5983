namespace Rubric.Engine;

/// <summary>
/// A requirement that is met or not; not met loses <see cref="Loss"/> points (未成立的扣1分).
/// Reads <see cref="ObservationKeys.Met"/>.
/// </summary>
public sealed class FlatRule : DeductionRule
{
    /// <summary>The kind name in rubric files.</summary>
    public const string KindName = "flat";

    /// <summary>Creates the rule.</summary>
    /// <param name="loss">The points lost when the requirement is not met; <see langword="null"/> for all the item's points.</param>
    public FlatRule(decimal? loss = null)
    {
        if (loss is { } value)
        {
            Guard.Positive(value, nameof(loss));
        }

        Loss = loss;
    }

    /// <inheritdoc/>
    public override string Kind => KindName;

    /// <summary>The points lost when the requirement is not met; <see langword="null"/> means all the item's points.</summary>
    public decimal? Loss { get; }

    /// <inheritdoc/>
    protected internal override void Validate(decimal itemPoints)
    {
        if (Loss is { } loss)
        {
            EnsureWithinPoints(loss, itemPoints, "loss");
        }
    }
}
