using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rubric.Engine;

namespace Rubric.Cli.Json;

/// <summary>Source-generated JSON metadata for <c>rubric report --format json</c>: the library's report as it is, enums as names (Native AOT, no reflection).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AssessmentReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    private static ReportJsonContext? _readable;

    /// <summary>The context with Chinese and other non-ASCII text written as is, not escaped.</summary>
    public static ReportJsonContext Readable => _readable ??= new ReportJsonContext(new JsonSerializerOptions(Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
