using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>Chooses the validator of the rule's kind; each checks its parameters against the item's points.</summary>
internal sealed class RuleValidator : AbstractValidator<RuleDocument>
{
    public RuleValidator(string itemId, decimal itemPoints)
    {
        When(x => x.Kind == FlatRule.KindName, () => Include(new FlatRuleValidator(itemId, itemPoints)));
        When(x => x.Kind == AnyOfRule.KindName, () => Include(new AnyOfRuleValidator(itemId, itemPoints)));
        When(x => x.Kind == PerUnitRule.KindName, () => Include(new PerUnitRuleValidator(itemId, itemPoints)));
        When(x => x.Kind == ShortfallRule.KindName, () => Include(new ShortfallRuleValidator(itemId, itemPoints)));
        When(x => x.Kind == TieredRule.KindName, () => Include(new TieredRuleValidator(itemId, itemPoints)));
        When(x => x.Kind == JudgedRule.KindName, () => Include(new JudgedRuleValidator(itemId, itemPoints)));
    }

    /// <summary>The common checks of a loss, rate or cap: positive and within the item's points.</summary>
    internal static void PositiveWithinPoints<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, decimal?>> property, string name, string itemId, decimal itemPoints)
    {
        validator.RuleFor(property)
            .Must(static v => v is null || v > 0m)
            .WithErrorCode(DiagnosticCodes.OutOfRange)
            .WithMessage((_, v) => $"The {name} of item '{itemId}' must be greater than 0, found {ValidationText.P(v ?? 0m)}.");
        validator.RuleFor(property)
            .Must(v => v is null || v <= itemPoints)
            .WithErrorCode(DiagnosticCodes.ExceedsItemPoints)
            .WithMessage((_, v) => $"The {name} {ValidationText.P(v ?? 0m)} exceeds item '{itemId}''s {ValidationText.P(itemPoints)} points.");
    }

    /// <summary>The rate, cap and unit that per-unit and shortfall rules share.</summary>
    internal static void RateCapAndUnit(AbstractValidator<RuleDocument> validator, string ruleName, string itemId, decimal itemPoints)
    {
        validator.RuleFor(x => x.Rate).NotNull()
            .WithErrorCode(DiagnosticCodes.MissingProperty)
            .WithMessage($"The {ruleName} rule of item '{itemId}' needs a rate.");
        PositiveWithinPoints(validator, x => x.Rate, "rate", itemId, itemPoints);
        PositiveWithinPoints(validator, x => x.Cap, "cap", itemId, itemPoints);
        validator.RuleFor(x => x.Unit)
            .Must(static u => u is null || !string.IsNullOrWhiteSpace(u))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage($"The unit counted by item '{itemId}' is empty; leave it out for the default 人次.");
    }
}
