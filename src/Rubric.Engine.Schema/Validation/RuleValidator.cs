using System.Linq.Expressions;
using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>
/// An item's rule, by its kind: each kind's validator reads the item beside its rule (its id for
/// messages, its points as the bound), so that one validator of each kind serves every item.
/// </summary>
internal sealed class RuleValidator : AbstractValidator<ItemDocument>
{
    public RuleValidator()
    {
        When(static x => x.Rule.Kind == FlatRule.KindName, () => Include(new FlatRuleValidator()));
        When(static x => x.Rule.Kind == AnyOfRule.KindName, () => Include(new AnyOfRuleValidator()));
        When(static x => x.Rule.Kind == PerUnitRule.KindName, () => Include(new PerUnitRuleValidator()));
        When(static x => x.Rule.Kind == ShortfallRule.KindName, () => Include(new ShortfallRuleValidator()));
        When(static x => x.Rule.Kind == TieredRule.KindName, () => Include(new TieredRuleValidator()));
        When(static x => x.Rule.Kind == JudgedRule.KindName, () => Include(new JudgedRuleValidator()));
    }

    internal static void PositiveWithinPoints(AbstractValidator<ItemDocument> validator, Expression<Func<ItemDocument, decimal?>> property, string name)
    {
        validator.RuleFor(property)
            .Must(static v => v is null || v > 0m)
            .WithErrorCode(DiagnosticCodes.OutOfRange)
            .WithMessage((x, v) => $"The {name} of item '{x.Id}' must be greater than 0, found {ValidationText.P(v ?? 0m)}.");
        validator.RuleFor(property)
            .Must(static (x, v) => v is null || v <= x.Points)
            .WithErrorCode(DiagnosticCodes.ExceedsItemPoints)
            .WithMessage((x, v) => $"The {name} {ValidationText.P(v ?? 0m)} exceeds item '{x.Id}''s {ValidationText.P(x.Points)} points.");
    }

    internal static void RateCapAndUnit(AbstractValidator<ItemDocument> validator, string ruleName)
    {
        validator.RuleFor(x => x.Rule.Rate).NotNull()
            .WithErrorCode(DiagnosticCodes.MissingProperty)
            .WithMessage(x => $"The {ruleName} rule of item '{x.Id}' needs a rate.");
        PositiveWithinPoints(validator, x => x.Rule.Rate, "rate");
        PositiveWithinPoints(validator, x => x.Rule.Cap, "cap");
        validator.RuleFor(x => x.Rule.Unit)
            .Must(static u => u is null || !string.IsNullOrWhiteSpace(u))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(static x => $"The unit counted by item '{x.Id}' is empty; leave it out for the default 人次.");
    }
}
