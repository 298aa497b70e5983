using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a rubric (rubric.schema.json).</summary>
internal sealed class RubricDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public decimal FormatVersion { get; set; }

    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? UnitKind { get; set; }

    public decimal Points { get; set; }

    public string? MissingObservations { get; set; }

    public bool? BonusAbovePoints { get; set; }

    public string? Incomplete { get; set; }

    public List<TaskDocument> Tasks { get; set; } = [];

    public List<AwardDocument>? Awards { get; set; }
}
