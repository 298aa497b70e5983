using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An award's eligibility: a minimum score is not negative.</summary>
internal sealed class EligibilityValidator : AbstractValidator<EligibilityDocument>
{
    public EligibilityValidator(string awardId)
    {
        RuleFor(x => x.MinimumScore)
            .Must(static m => m is null || m >= 0m)
            .WithErrorCode(DiagnosticCodes.OutOfRange)
            .WithMessage(x => $"The minimum score of award '{awardId}' must not be negative, found {ValidationText.P(x.MinimumScore ?? 0m)}.");
    }
}
