namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of one diagnostic.</summary>
internal sealed record DiagnosticRecord(string Severity, string Code, string Message, string? File, int Line, int Column, string JsonPointer);
