namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a school's staff member.</summary>
internal sealed class StaffMemberDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Kind { get; set; }
}
