using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A per-unit rule: a positive rate and an optional cap, both within the item's points.</summary>
internal sealed class PerUnitRuleValidator : AbstractValidator<RuleDocument>
{
    public PerUnitRuleValidator(string itemId, decimal itemPoints)
    {
        RuleFor(x => x.Rate).NotNull()
            .WithErrorCode(DiagnosticCodes.MissingProperty)
            .WithMessage($"The per-unit rule of item '{itemId}' needs a rate.");
        RuleValidator.PositiveWithinPoints(this, x => x.Rate, "rate", itemId, itemPoints);
        RuleValidator.PositiveWithinPoints(this, x => x.Cap, "cap", itemId, itemPoints);
        RuleFor(x => x.Unit)
            .Must(static u => u is null || !string.IsNullOrWhiteSpace(u))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage($"The unit counted by item '{itemId}' is empty; leave it out for the default 人次.");
    }
}
