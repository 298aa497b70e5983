namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a plan's level: the assessing body, what it assesses, its awards.</summary>
internal sealed class PlanLevelDocument
{
    public string Body { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public List<string> Assesses { get; set; } = [];

    public List<AwardDocument> Awards { get; set; } = [];
}
