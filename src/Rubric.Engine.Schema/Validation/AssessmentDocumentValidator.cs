using System.Globalization;
using System.Text.Json;
using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An assessment: at least one column, a real date, and observation values of the kinds rules read.</summary>
internal sealed class AssessmentDocumentValidator : AbstractValidator<AssessmentDocument>
{
    /// <summary>The observation members the rules read, besides condition ids, and the two reserved ones.</summary>
    private static readonly string[] KnownMembers =
        [ObservationKeys.Met, ObservationKeys.Missing, ObservationKeys.NoneDone, ObservationKeys.Achieved, ObservationKeys.Level, ObservationKeys.Awarded, "note", "evidenceRefs"];

    public AssessmentDocumentValidator()
    {
        RuleFor(x => x.Self).Custom((self, context) =>
        {
            if (self is null && context.InstanceToValidate.Assessor is null)
            {
                context.AddFailure(ValidationText.At(string.Empty, DiagnosticCodes.MissingColumn, $"The assessment of '{context.InstanceToValidate.Unit.Id}' has neither a 'self' nor an 'assessor' column; give at least one."));
            }
        });

        RuleFor(x => x.Unit).SetValidator(new UnitReferenceValidator());

        RuleFor(x => x.Date)
            .Must(static d => d is null || DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(x => $"'{x.Date}' is not a date; expected yyyy-MM-dd, such as 2011-12-15.");

        RuleFor(x => x.Self).Custom((column, context) => CheckColumn(column, "/self", context));
        RuleFor(x => x.Assessor).Custom((column, context) => CheckColumn(column, "/assessor", context));
    }

    private static void CheckColumn(Dictionary<string, Dictionary<string, JsonElement>>? column, string pointer, ValidationContext<AssessmentDocument> context)
    {
        foreach (var (itemId, values) in column ?? [])
        {
            var itemPointer = JsonPointers.Append(pointer, itemId);
            foreach (var (key, value) in values)
            {
                var valuePointer = JsonPointers.Append(itemPointer, key);
                var ok = key switch
                {
                    "note" => value.ValueKind == JsonValueKind.String,
                    "evidenceRefs" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(static e => e.ValueKind == JsonValueKind.String),
                    _ => value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.String
                        || (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out _)),
                };
                if (!ok)
                {
                    context.AddFailure(ValidationText.At(valuePointer, DiagnosticCodes.TypeMismatch, $"The observation '{key}' of item '{itemId}' holds {SchemaValidator.DescribeValue(value)}; expected {Expected(key)}."));
                }
            }

            CheckMemberCase(values, itemId, itemPointer, context);
        }
    }

    /// <summary>
    /// Names are case-sensitive, so in <c>{"met": true, "Met": false}</c> the rule reads one member
    /// and the other would be ignored without a word. Which names a rule reads depends on the
    /// rubric (condition ids), which an assessment is loaded without; what is certain here is a
    /// name that is a known one in another case, or two names that differ only in case.
    /// </summary>
    private static void CheckMemberCase(Dictionary<string, JsonElement> values, string itemId, string itemPointer, ValidationContext<AssessmentDocument> context)
    {
        Dictionary<string, string>? seen = null;
        foreach (var key in values.Keys)
        {
            if (CaseClash(key, ref seen, itemId) is { } clash)
            {
                context.AddFailure(ValidationText.At(JsonPointers.Append(itemPointer, key), DiagnosticCodes.UnknownObservationMember, clash, Severity.Warning));
            }
        }
    }

    /// <summary>
    /// Why no rule reads the member <paramref name="key"/> of an observation whose earlier member
    /// names are in <paramref name="seen"/> (RUB1303), or null when one may. Also used by the fast
    /// path, which leaves such an observation to this validator.
    /// </summary>
    internal static string? CaseClash(string key, ref Dictionary<string, string>? seen, string itemId)
    {
        foreach (var known in KnownMembers)
        {
            if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase) && !string.Equals(known, key, StringComparison.Ordinal))
            {
                return $"Unknown member '{key}' in the observation of item '{itemId}': names are case-sensitive, and the rules read '{known}'. It is not read.";
            }
        }

        return (seen ??= new(StringComparer.OrdinalIgnoreCase)).TryAdd(key, key)
            ? null
            : $"The observation of item '{itemId}' has both '{seen[key]}' and '{key}': names are case-sensitive, so a rule reads at most one of them.";
    }

    private static string Expected(string key) => key switch
    {
        "note" => "a string",
        "evidenceRefs" => "an array of strings",
        _ => "a boolean, a number or a string",
    };
}
