using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A shortfall rule: a positive whole target, and a rate and optional cap within the item's points.</summary>
internal sealed class ShortfallRuleValidator : AbstractValidator<RuleDocument>
{
    public ShortfallRuleValidator(string itemId, decimal itemPoints)
    {
        RuleFor(x => x.Target)
            .Must(static t => t is { } v && ValidationText.IsWhole(v) && v is >= 1 and <= ValidationText.MaxWhole)
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(x => $"The target of item '{itemId}' must be a whole number greater than 0, found {(x.Target is { } t ? ValidationText.P(t) : "none")}.");
        RuleFor(x => x.Rate).NotNull()
            .WithErrorCode(DiagnosticCodes.MissingProperty)
            .WithMessage($"The shortfall rule of item '{itemId}' needs a rate.");
        RuleValidator.PositiveWithinPoints(this, x => x.Rate, "rate", itemId, itemPoints);
        RuleValidator.PositiveWithinPoints(this, x => x.Cap, "cap", itemId, itemPoints);
        RuleFor(x => x.Unit)
            .Must(static u => u is null || !string.IsNullOrWhiteSpace(u))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage($"The unit counted by item '{itemId}' is empty; leave it out for the default 人次.");
    }
}
