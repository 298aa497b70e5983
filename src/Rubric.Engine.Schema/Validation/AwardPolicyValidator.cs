using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An award policy: its name, quota, tie policy and eligibility. Without a rubric (a plan's award) tie-breaker targets are not checked here.</summary>
internal sealed class AwardPolicyValidator : AbstractValidator<AwardDocument>
{
    public AwardPolicyValidator(RubricDocument? rubric)
    {
        RuleFor(x => x.Name)
            .Must(static n => !string.IsNullOrWhiteSpace(n))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(x => $"Award '{x.Id}' needs a name, such as 先进集体.");
        RuleFor(x => x.Quota).SetValidator(award => new QuotaValidator(award.Id));
        RuleFor(x => x.Ties).SetValidator(award => new TiePolicyValidator(award.Id, rubric));
        RuleFor(x => x.Eligibility!).SetValidator(award => new EligibilityValidator(award.Id)).When(static x => x.Eligibility is not null);
    }
}
