namespace Rubric.Engine;

/// <summary>
/// Named levels, each with its loss (没有按时上报的扣1分，未交的扣2分). Reads
/// <see cref="ObservationKeys.Level"/>, the id of one of <see cref="Levels"/>.
/// </summary>
public sealed class TieredRule : DeductionRule
{
    /// <summary>The kind name in rubric files.</summary>
    public const string KindName = "tiered";

    /// <summary>Creates the rule.</summary>
    /// <param name="levels">The levels; at least one, ids unique.</param>
    public TieredRule(IEnumerable<RuleLevel> levels)
    {
        Levels = Guard.Items(levels, nameof(levels));
        if (Levels.Count == 0)
        {
            throw new ArgumentException("A tiered rule needs at least one level.", nameof(levels));
        }

        Guard.UniqueIds(Levels, static l => l.Id, "level", nameof(levels));
    }

    /// <inheritdoc/>
    public override string Kind => KindName;

    /// <summary>The levels, in the order the sheet gives them.</summary>
    public IReadOnlyList<RuleLevel> Levels { get; }

    /// <summary>Finds a level by id.</summary>
    /// <param name="id">The level id.</param>
    /// <returns>The level, or <see langword="null"/>.</returns>
    public RuleLevel? FindLevel(string id)
    {
        // A for loop: foreach over the interface would allocate an enumerator on every scored observation.
        for (var l = 0; l < Levels.Count; l++)
        {
            if (string.Equals(Levels[l].Id, id, StringComparison.Ordinal))
            {
                return Levels[l];
            }
        }

        return null;
    }

    /// <inheritdoc/>
    protected internal override void Validate(decimal itemPoints)
    {
        foreach (var level in Levels)
        {
            EnsureWithinPoints(level.Loss, itemPoints, "loss of level '" + level.Id + "'");
        }
    }
}
