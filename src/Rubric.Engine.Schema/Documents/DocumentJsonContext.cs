using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>Source-generated (AOT-safe) serialization of the document shapes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(RubricDocument))]
[JsonSerializable(typeof(RosterDocument))]
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext
{
}
