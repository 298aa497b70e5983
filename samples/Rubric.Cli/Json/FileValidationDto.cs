namespace Rubric.Cli.Json;

/// <summary>One file's validation result.</summary>
internal sealed record FileValidationDto(string File, string Kind, bool Valid, IReadOnlyList<DiagnosticDto> Diagnostics);
