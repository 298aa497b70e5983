namespace Rubric.Engine;

/// <summary>
/// One award of one level of a plan, applied: the bodies of that level, and either the award
/// lists the policy draws (<see cref="Report"/>) or, for an award to be announced, no lists and
/// no quota (<see cref="IsToBeAnnounced"/>).
/// </summary>
public sealed class PlanAwardOutcome
{
    internal PlanAwardOutcome(PlanLevel level, PlanAward award, AwardReport? report, IReadOnlyList<AssessingBody> bodies)
    {
        Level = level;
        Award = award;
        Report = report;
        Bodies = bodies;
    }

    /// <summary>The level that names the award.</summary>
    public PlanLevel Level { get; }

    /// <summary>The award.</summary>
    public PlanAward Award { get; }

    /// <summary>The lists of every body of the level; <see langword="null"/> while the award is to be announced.</summary>
    public AwardReport? Report { get; }

    /// <summary>The roster's bodies of the level's kind, in roster order.</summary>
    public IReadOnlyList<AssessingBody> Bodies { get; }

    /// <summary>Whether the plan leaves the award to be announced, so nothing was computed.</summary>
    public bool IsToBeAnnounced => Report is null;

    /// <inheritdoc/>
    public override string ToString() => IsToBeAnnounced
        ? $"{Level.Name} — {Award.Name} ({Award.Id}): to be announced ({Award.Announcement})"
        : $"{Level.Name} — {Report}";
}
