namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a roster unit (a school or a staff member).</summary>
internal sealed class RosterUnitDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public List<StaffMemberDocument>? Staff { get; set; }
}
