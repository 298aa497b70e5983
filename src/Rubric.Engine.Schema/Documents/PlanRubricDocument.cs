namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a plan's sheet: which rubric scores which unit kind.</summary>
internal sealed class PlanRubricDocument
{
    public string Id { get; set; } = string.Empty;

    public string UnitKind { get; set; } = string.Empty;

    public string File { get; set; } = string.Empty;
}
