namespace Rubric.Engine;

/// <summary>
/// Several conditions, all required; any one failing loses <see cref="Loss"/> points once
/// (无醒目标语或宣传栏均扣1分). Reads one yes/no per condition id.
/// </summary>
public sealed class AnyOfRule : DeductionRule
{
    /// <summary>The kind name in rubric files.</summary>
    public const string KindName = "anyOf";

    /// <summary>Creates the rule.</summary>
    /// <param name="conditions">The conditions; at least one, ids unique.</param>
    /// <param name="loss">The points lost when any fails; <see langword="null"/> for all the item's points.</param>
    public AnyOfRule(IEnumerable<RuleCondition> conditions, decimal? loss = null)
    {
        Conditions = Guard.Items(conditions, nameof(conditions));
        if (Conditions.Count == 0)
        {
            throw new ArgumentException("An any-of rule needs at least one condition.", nameof(conditions));
        }

        Guard.UniqueIds(Conditions, static c => c.Id, "condition", nameof(conditions));
        if (loss is { } value)
        {
            Guard.Positive(value, nameof(loss));
        }

        Loss = loss;
    }

    /// <inheritdoc/>
    public override string Kind => KindName;

    /// <summary>The conditions, all required.</summary>
    public IReadOnlyList<RuleCondition> Conditions { get; }

    /// <summary>The points lost once when any condition fails; <see langword="null"/> means all the item's points.</summary>
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
