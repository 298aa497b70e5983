using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Writes diagnostics as JSON for tools and CI: an array of objects with <c>severity</c>
/// (<c>error</c> or <c>warning</c>), <c>code</c>, <c>message</c>, <c>file</c>, <c>line</c>,
/// <c>column</c> and <c>jsonPointer</c>. Source-generated, so safe under trimming and AOT.
/// </summary>
public static class DiagnosticJson
{
    /// <summary>Writes the diagnostics as a JSON array.</summary>
    /// <param name="utf8Stream">Where to write (UTF-8).</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public static void Write(Stream utf8Stream, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        JsonSerializer.Serialize(utf8Stream, ToRecords(diagnostics), DiagnosticJsonContext.Default.DiagnosticRecordArray);
    }

    /// <summary>Writes the diagnostics as a JSON array.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public static void Write(Utf8JsonWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ToRecords(diagnostics), DiagnosticJsonContext.Default.DiagnosticRecordArray);
    }

    /// <summary>The diagnostics as JSON text.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>A JSON array.</returns>
    public static string ToJson(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(ToRecords(diagnostics), DiagnosticJsonContext.Default.DiagnosticRecordArray);

    private static DiagnosticRecord[] ToRecords(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics
            .Select(static d => new DiagnosticRecord(d.IsError ? "error" : "warning", d.Code, d.Message, d.File, d.Line, d.Column, d.JsonPointer))
            .ToArray();
    }
}
