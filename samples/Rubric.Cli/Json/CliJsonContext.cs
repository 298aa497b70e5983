using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rubric.Cli.Awards;

namespace Rubric.Cli.Json;

/// <summary>Source-generated JSON metadata for the host's reports, so no reflection is needed (Native AOT).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidationReportDto))]
[JsonSerializable(typeof(AwardsReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    private static CliJsonContext? _readable;

    /// <summary>The context with Chinese and other non-ASCII text written as is, not escaped.</summary>
    public static CliJsonContext Readable => _readable ??= new CliJsonContext(new JsonSerializerOptions(Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
