using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>Source-generated (AOT-safe) serialization of the document shapes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RubricDocument))]
[JsonSerializable(typeof(RuleDocument))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(RosterDocument))]
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext
{
}
