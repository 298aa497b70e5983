using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of an assessment (assessment.schema.json).</summary>
internal sealed class AssessmentDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public decimal FormatVersion { get; set; }

    public string? Rubric { get; set; }

    public UnitReferenceDocument Unit { get; set; } = new();

    public string Round { get; set; } = string.Empty;

    public string? Date { get; set; }

    public string? AssessedBy { get; set; }

    public string? Notes { get; set; }

    public Dictionary<string, Dictionary<string, JsonElement>>? Self { get; set; }

    public Dictionary<string, Dictionary<string, JsonElement>>? Assessor { get; set; }
}
