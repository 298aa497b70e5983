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
        RuleValidator.RateCapAndUnit(this, "shortfall", itemId, itemPoints);
    }
}
