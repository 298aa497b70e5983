namespace Rubric.Cli.Json;

/// <summary>What <c>rubric validate --format json</c> writes.</summary>
internal sealed record ValidationReportDto(IReadOnlyList<FileValidationDto> Files, int Valid, int Invalid, int Errors, int Warnings);
