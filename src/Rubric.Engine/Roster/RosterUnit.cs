namespace Rubric.Engine;

/// <summary>A unit on the roster: a school with its staff, or a staff member.</summary>
public sealed class RosterUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">Identifier, unique within the roster; assessments name it.</param>
    /// <param name="name">Display name.</param>
    /// <param name="kind">School or staff member.</param>
    /// <param name="staff">For a school, its staff members.</param>
    public RosterUnit(string id, string name, UnitKind kind, IEnumerable<RosterUnit>? staff = null)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Kind = kind;
        Staff = Guard.Items(staff ?? [], nameof(staff));
        if (Staff.Count > 0 && kind != UnitKind.School)
        {
            throw new ArgumentException("Only a school has staff.", nameof(staff));
        }

        if (Staff.Any(static s => s.Kind != UnitKind.StaffMember))
        {
            throw new ArgumentException("A school's staff are staff members.", nameof(staff));
        }
    }

    /// <summary>Identifier, unique within the roster.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>School or staff member.</summary>
    public UnitKind Kind { get; }

    /// <summary>For a school, its staff members.</summary>
    public IReadOnlyList<RosterUnit> Staff { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
