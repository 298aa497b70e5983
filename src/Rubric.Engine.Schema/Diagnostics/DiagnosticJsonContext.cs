using System.Text.Json.Serialization;

namespace Rubric.Engine.Schema;

/// <summary>Source-generated (AOT-safe) serialization of diagnostics.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DiagnosticRecord[]))]
internal sealed partial class DiagnosticJsonContext : JsonSerializerContext
{
}
