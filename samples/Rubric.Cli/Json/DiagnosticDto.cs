using Rubric.Engine.Schema;

namespace Rubric.Cli.Json;

/// <summary>A diagnostic as written by <c>rubric validate --format json</c>.</summary>
internal sealed record DiagnosticDto(string Severity, string Code, string Message, string? File, int Line, int Column, string Pointer)
{
    public static DiagnosticDto From(Diagnostic d) =>
        new(d.IsError ? "error" : "warning", d.Code, d.Message, d.File, d.Line, d.Column, d.JsonPointer);
}
