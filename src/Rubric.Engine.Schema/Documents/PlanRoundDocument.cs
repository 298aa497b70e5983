namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a plan's round of assessment.</summary>
internal sealed class PlanRoundDocument
{
    public string Round { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string When { get; set; } = string.Empty;

    public bool CountsForAwards { get; set; }
}
