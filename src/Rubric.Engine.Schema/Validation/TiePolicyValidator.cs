using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A tie policy: tie-breakers are given exactly when ties are broken, and each names a real task or stage.</summary>
internal sealed class TiePolicyValidator : AbstractValidator<TiesDocument>
{
    public TiePolicyValidator(string awardId, RubricDocument? rubric)
    {
        RuleFor(x => x.Breakers)
            .Must((ties, breakers) => (ties.Resolution == "breakTies") == (breakers is { Count: > 0 }))
            .WithErrorCode(DiagnosticCodes.InvalidTiePolicy)
            .WithMessage(x => x.Resolution == "breakTies"
                ? $"Award '{awardId}' breaks ties but names no tie-breakers."
                : $"Award '{awardId}' resolves ties by '{x.Resolution}', so it takes no tie-breakers; use 'breakTies' or remove them.");
        RuleForEach(x => x.Breakers).SetValidator(new TieBreakerValidator(awardId, rubric));
    }
}
