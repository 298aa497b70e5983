namespace Rubric.Engine;

/// <summary>
/// One level of a plan (考核层次): the kind of body that assesses (教管中心, 县教工委), the kinds
/// of unit it assesses, and the awards it names from the results.
/// </summary>
public sealed class PlanLevel
{
    /// <summary>Describes a level.</summary>
    /// <param name="body">The kind of assessing body.</param>
    /// <param name="name">The plan's name for the body, verbatim (教管中心).</param>
    /// <param name="assesses">The kinds of unit it assesses (a centre: its schools and their staff).</param>
    /// <param name="awards">The award categories it names.</param>
    /// <exception cref="ArgumentException">An award draws from a kind of unit the level does not assess.</exception>
    public PlanLevel(BodyKind body, string name, IEnumerable<UnitKind> assesses, IEnumerable<PlanAward> awards)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(assesses);
        Body = body;
        Name = name;
        Assesses = [.. assesses.Distinct()];
        Awards = Guard.Items(awards, nameof(awards));
        if (Awards.FirstOrDefault(a => a.UnitKind is { } kind && !Assesses.Contains(kind)) is { } stray)
        {
            throw new ArgumentException($"Award '{stray.Id}' draws from {stray.UnitKind}, which the {name} level does not assess.", nameof(awards));
        }
    }

    /// <summary>The kind of assessing body.</summary>
    public BodyKind Body { get; }

    /// <summary>The plan's name for the body, verbatim.</summary>
    public string Name { get; }

    /// <summary>The kinds of unit it assesses.</summary>
    public IReadOnlyList<UnitKind> Assesses { get; }

    /// <summary>The award categories it names, in the plan's order.</summary>
    public IReadOnlyList<PlanAward> Awards { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Body} ({Name}): assesses {string.Join(", ", Assesses)}; {Awards.Count} award(s)";
}
