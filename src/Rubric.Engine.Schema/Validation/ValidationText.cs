using FluentValidation;
using FluentValidation.Results;

namespace Rubric.Engine.Schema;

/// <summary>Shared wording and helpers of the validators.</summary>
internal static class ValidationText
{
    public const decimal MaxWhole = int.MaxValue;

    public static string P(decimal value) => PointsFormat.Format(value);

    public static bool IsWhole(decimal value) => decimal.Truncate(value) == value;

    /// <summary>A failure whose property name is already a JSON Pointer.</summary>
    public static ValidationFailure At(string pointer, string code, string message) =>
        new(pointer, message) { ErrorCode = code };

    /// <summary>Reports every id that appeared before, at the place of its second use.</summary>
    public static void ReportDuplicates<T>(ValidationContext<T> context, IEnumerable<(string Id, string Pointer)> ids, string what, string noun = "id")
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, pointer) in ids)
        {
            if (!seen.TryAdd(id, pointer))
            {
                context.AddFailure(At(pointer, DiagnosticCodes.DuplicateId, $"The {noun} '{id}' is already used by the {what} at {seen[id]}; {noun}s must be unique."));
            }
        }
    }
}
