using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>
/// The JSON shape of a deduction rule: every built-in kind's parameters, <see cref="Kind"/> saying
/// which apply. The JSON Schema has checked every member first; those of a host's rule kind are
/// kept in <see cref="Parameters"/> unread (its <see cref="RuleKind.Read"/> reads them from the
/// document) and written from there.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed class RuleDocument
{
    public string Kind { get; set; } = string.Empty;

    public decimal? Loss { get; set; }

    public List<ConditionDocument>? Conditions { get; set; }

    public decimal? Rate { get; set; }

    public decimal? Cap { get; set; }

    public bool? NoneDoneLosesAll { get; set; }

    public string? Unit { get; set; }

    public decimal? Target { get; set; }

    public List<LevelDocument>? Levels { get; set; }

    public decimal? Step { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Parameters { get; set; }
}
