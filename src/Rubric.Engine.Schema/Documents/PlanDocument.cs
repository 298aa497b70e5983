using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of an assessment plan (plan.schema.json).</summary>
internal sealed class PlanDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public decimal FormatVersion { get; set; }

    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? IssuedBy { get; set; }

    public List<PlanRubricDocument> Rubrics { get; set; } = [];

    public List<PlanLevelDocument> Levels { get; set; } = [];

    public List<PlanRoundDocument> Rounds { get; set; } = [];

    public List<PlanMethodDocument> Methods { get; set; } = [];
}
