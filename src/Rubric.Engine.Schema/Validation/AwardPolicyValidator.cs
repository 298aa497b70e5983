using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>
/// An award policy: its name, a whole count, tie-breakers only where ties are broken, and each
/// tie-breaker's target. What the schema states it has checked before any validator runs: exactly
/// one of a percentage in (0, 100] or a count from 0, a minimum score not negative, breakers where
/// ties are broken. Without a rubric (a plan's award) tie-breaker targets are not checked here.
/// </summary>
internal sealed class AwardPolicyValidator : AbstractValidator<AwardDocument>
{
    public AwardPolicyValidator(RubricDocument? rubric)
    {
        RuleFor(x => x.Name)
            .Must(static n => !string.IsNullOrWhiteSpace(n))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(x => $"Award '{x.Id}' needs a name, such as 先进集体.");
        RuleFor(x => x.Quota.Count)
            .Must(static c => c is null || (ValidationText.IsWhole(c.Value) && c.Value is >= 0 and <= ValidationText.MaxWhole))
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(x => $"The quota of award '{x.Id}' is {ValidationText.P(x.Quota.Count ?? 0m)} awards; a count is a whole number from 0.");
        RuleFor(x => x.Ties.Breakers)
            .Must(static (award, breakers) => breakers is null || award.Ties.Resolution == "breakTies")
            .WithErrorCode(DiagnosticCodes.InvalidTiePolicy)
            .WithMessage(x => $"Award '{x.Id}' resolves ties by '{x.Ties.Resolution}', so it takes no tie-breakers; use 'breakTies' or remove them.");
        RuleForEach(x => x.Ties.Breakers).SetValidator(award => new TieBreakerValidator(award.Id, rubric));
    }
}
