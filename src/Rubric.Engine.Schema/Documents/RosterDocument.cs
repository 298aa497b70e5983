using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a roster (roster.schema.json).</summary>
internal sealed class RosterDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public decimal FormatVersion { get; set; }

    public List<BodyDocument> Bodies { get; set; } = [];
}
