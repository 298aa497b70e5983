namespace Rubric.Engine;

/// <summary>
/// An award category of one level of a plan: either decided by an <see cref="AwardPolicy"/>
/// (先进集体, 25 % of a centre's schools) or, where the plan leaves it open (表彰类别和表彰名额另行通知),
/// to be announced, with no quota to compute.
/// </summary>
public sealed class PlanAward
{
    private PlanAward(string id, string name, UnitKind? unitKind, AwardPolicy? policy, string? announcement)
    {
        Id = id;
        Name = name;
        UnitKind = unitKind;
        Policy = policy;
        Announcement = announcement;
    }

    /// <summary>The award's id, unique within the plan.</summary>
    public string Id { get; }

    /// <summary>The category name, verbatim.</summary>
    public string Name { get; }

    /// <summary>The kind of unit it draws from; <see langword="null"/> when the plan does not say.</summary>
    public UnitKind? UnitKind { get; }

    /// <summary>The policy that decides it; <see langword="null"/> while it is to be announced.</summary>
    public AwardPolicy? Policy { get; }

    /// <summary>What the plan says in place of a quota, verbatim; <see langword="null"/> when it gives a policy.</summary>
    public string? Announcement { get; }

    /// <summary>Whether the plan leaves the award to be announced.</summary>
    public bool IsToBeAnnounced => Policy is null;

    /// <summary>An award decided by a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The award.</returns>
    public static PlanAward Decided(AwardPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PlanAward(policy.Id, policy.Name, policy.UnitKind, policy, null);
    }

    /// <summary>An award the plan names but leaves to be announced.</summary>
    /// <param name="id">The award's id, unique within the plan.</param>
    /// <param name="name">The category name, verbatim.</param>
    /// <param name="announcement">What the plan says in place of a quota (表彰类别和表彰名额另行通知).</param>
    /// <param name="unitKind">The kind of unit it will draw from, when the plan says.</param>
    /// <returns>The award.</returns>
    public static PlanAward ToBeAnnounced(string id, string name, string announcement, UnitKind? unitKind = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(announcement);
        return new PlanAward(Guard.Id(id, nameof(id)), name, unitKind, null, announcement);
    }

    /// <inheritdoc/>
    public override string ToString() => IsToBeAnnounced ? $"{Id} ({Name}, to be announced: {Announcement})" : Policy!.ToString();
}
