namespace Rubric.Engine;

/// <summary>
/// A change a pipeline step made above the items: a bonus, a veto that zeroes a stage, a penalty.
/// Kept on the scorecard so every point stays explainable.
/// </summary>
public sealed class Adjustment
{
    /// <summary>Creates an adjustment.</summary>
    /// <param name="side">The column it applies to.</param>
    /// <param name="scope">What it changes.</param>
    /// <param name="targetId">The stage or task id; <see langword="null"/> for the total.</param>
    /// <param name="amount">The points the step asks to add (positive) or take (negative).</param>
    /// <param name="source">The step that made it.</param>
    /// <param name="reason">Why, in both languages.</param>
    /// <param name="isVeto">Whether it is a veto (一票否决), which award eligibility can check.</param>
    public Adjustment(ScoreSide side, AdjustmentScope scope, string? targetId, decimal amount, string source, LocalizedText reason, bool isVeto = false)
    {
        if ((scope == AdjustmentScope.Total) != (targetId is null))
        {
            throw new ArgumentException("A stage or task adjustment names its target; a total adjustment does not.", nameof(targetId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(reason);
        Side = side;
        Scope = scope;
        TargetId = targetId;
        Amount = amount;
        Applied = amount;
        Source = source;
        Reason = reason;
        IsVeto = isVeto;
    }

    /// <summary>The column it applies to.</summary>
    public ScoreSide Side { get; }

    /// <summary>What it changes.</summary>
    public AdjustmentScope Scope { get; }

    /// <summary>The stage or task id; <see langword="null"/> for the total.</summary>
    public string? TargetId { get; }

    /// <summary>The points the step asked to add (positive) or take (negative).</summary>
    public decimal Amount { get; }

    /// <summary>
    /// The points the score actually changed by: <see cref="Amount"/>, less what would have taken
    /// the stage, task or total below 0 or (unless <see cref="RubricDefinition.BonusAbovePoints"/>)
    /// above its points. A penalty of 100 on a stage of 4 points applies -4.
    /// </summary>
    public decimal Applied { get; private init; }

    /// <summary>The step that made it.</summary>
    public string Source { get; }

    /// <summary>Why, in both languages.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Whether it is a veto.</summary>
    public bool IsVeto { get; }

    /// <inheritdoc/>
    public override string ToString() => Applied == Amount
        ? $"{Source}: {PointsFormat.Format(Amount)} on {Scope} {TargetId} ({Reason.English})"
        : $"{Source}: {PointsFormat.Format(Applied)} of {PointsFormat.Format(Amount)} asked on {Scope} {TargetId} ({Reason.English})";

    internal Adjustment WithApplied(decimal applied) => applied == Applied ? this : new(Side, Scope, TargetId, Amount, Source, Reason, IsVeto) { Applied = applied };
}
