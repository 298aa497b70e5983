namespace Rubric.Engine;

/// <summary>
/// A body that assesses units and names awards among them: the county committee, or an
/// education management centre. The county's own units are the schools directly under it; its
/// centres are child bodies, and also the units of kind <see cref="UnitKind.Centre"/> it assesses.
/// </summary>
public sealed class AssessingBody
{
    /// <summary>Creates a body.</summary>
    /// <param name="id">Identifier, unique within the roster.</param>
    /// <param name="name">Display name (盘龙镇教管中心).</param>
    /// <param name="kind">County or centre.</param>
    /// <param name="units">The schools (with their staff) it oversees directly.</param>
    /// <param name="bodies">The bodies under it.</param>
    public AssessingBody(string id, string name, BodyKind kind, IEnumerable<RosterUnit>? units = null, IEnumerable<AssessingBody>? bodies = null)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Kind = kind;
        Units = Guard.Items(units ?? [], nameof(units));
        Bodies = Guard.Items(bodies ?? [], nameof(bodies));
    }

    /// <summary>Identifier, unique within the roster.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>County or centre.</summary>
    public BodyKind Kind { get; }

    /// <summary>The schools (with their staff) it oversees directly.</summary>
    public IReadOnlyList<RosterUnit> Units { get; }

    /// <summary>The bodies under it.</summary>
    public IReadOnlyList<AssessingBody> Bodies { get; }

    /// <summary>
    /// The units of one kind this body ranks for awards: its schools; the staff of its schools;
    /// or, for the county, its centres.
    /// </summary>
    /// <param name="kind">The unit kind.</param>
    /// <returns>The ids and names of the population, in roster order.</returns>
    public IReadOnlyList<(string Id, string Name)> Population(UnitKind kind) => kind switch
    {
        UnitKind.School => [.. Units.Where(static u => u.Kind == UnitKind.School).Select(static u => (u.Id, u.Name))],
        UnitKind.StaffMember => [.. Units.SelectMany(static u => u.Kind == UnitKind.StaffMember ? [u] : u.Staff).Select(static u => (u.Id, u.Name))],
        UnitKind.Centre => [.. Bodies.Where(static b => b.Kind == BodyKind.Centre).Select(static b => (b.Id, b.Name))],
        _ => [],
    };

    /// <inheritdoc/>
    public override string ToString() => Id;
}
