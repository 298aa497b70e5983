namespace Rubric.Engine;

/// <summary>
/// The assessor awards a value from 0 to the item's points, in steps of <see cref="Step"/> when
/// set (受到好评…2分). Reads <see cref="ObservationKeys.Awarded"/>.
/// </summary>
public sealed class JudgedRule : DeductionRule
{
    /// <summary>The kind name in rubric files.</summary>
    public const string KindName = "judged";

    /// <summary>Creates the rule.</summary>
    /// <param name="step">The step awards move in (0.5, say); <see langword="null"/> for any exact value.</param>
    public JudgedRule(decimal? step = null)
    {
        if (step is { } value)
        {
            Guard.Positive(value, nameof(step));
        }

        Step = step;
    }

    /// <inheritdoc/>
    public override string Kind => KindName;

    /// <summary>The step awards move in; <see langword="null"/> allows any exact value.</summary>
    public decimal? Step { get; }

    /// <inheritdoc/>
    protected internal override void Validate(decimal itemPoints)
    {
        if (Step is { } step)
        {
            EnsureWithinPoints(step, itemPoints, "step");
            if (itemPoints % step != 0m)
            {
                throw new ArgumentException($"The step {PointsFormat.Format(step)} does not divide the item's {PointsFormat.Format(itemPoints)} points.", nameof(itemPoints));
            }
        }
    }
}
