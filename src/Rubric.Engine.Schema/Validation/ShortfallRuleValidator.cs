using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A shortfall rule: a whole target above 0, and a rate, cap and unit as a per-unit rule has.</summary>
internal sealed class ShortfallRuleValidator : AbstractValidator<ItemDocument>
{
    public ShortfallRuleValidator()
    {
        RuleFor(x => x.Rule.Target)
            .Must(static t => t is { } v && ValidationText.IsWhole(v) && v is >= 1 and <= ValidationText.MaxWhole)
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(static x => $"The target of item '{x.Id}' must be a whole number greater than 0, found {(x.Rule.Target is { } t ? ValidationText.P(t) : "none")}.");
        RuleValidator.RateCapAndUnit(this, "shortfall");
    }
}
