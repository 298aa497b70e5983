using System.Globalization;
using System.Text.Json;
using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An assessment: at least one column, a real date, and observation values of the kinds rules read.</summary>
internal sealed class AssessmentDocumentValidator : AbstractValidator<AssessmentDocument>
{
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
                    "score" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out _),
                    "evidenceRefs" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(static e => e.ValueKind == JsonValueKind.String),
                    _ => value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.String
                        || (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out _)),
                };
                if (!ok)
                {
                    context.AddFailure(ValidationText.At(valuePointer, DiagnosticCodes.TypeMismatch, $"The observation '{key}' of item '{itemId}' holds {SchemaValidator.DescribeValue(value)}; expected {Expected(key)}."));
                }
            }
        }
    }

    private static string Expected(string key) => key switch
    {
        "note" => "a string",
        "score" => "a number (the item's score)",
        "evidenceRefs" => "an array of strings",
        _ => "a boolean, a number or a string",
    };
}
