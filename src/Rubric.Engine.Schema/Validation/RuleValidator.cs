using System.Linq.Expressions;
using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>
/// A built-in kind's rule against its item, by the kind (a host's kind checks its own in its
/// schema and <see cref="RuleKind.Read"/>): each check reads the item beside its rule (its id for
/// messages, its points as the bound), so that one validator serves every item. What the rubric
/// schema states, and has checked before any validator runs, is not checked again: a parameter
/// greater than 0, a rate given, at least one condition or level, a level's loss not negative.
/// </summary>
internal sealed class RuleValidator : AbstractValidator<ItemDocument>
{
    private static readonly string[] Reserved = ["note", "evidenceRefs", ObservationKeys.Score];

    public RuleValidator()
    {
        When(static x => x.Rule.Kind == FlatRule.KindName, () => WithinPoints(x => x.Rule.Loss, "loss"));
        When(static x => x.Rule.Kind == AnyOfRule.KindName, AnyOf);
        When(static x => x.Rule.Kind == PerUnitRule.KindName, RateCapAndUnit);
        When(static x => x.Rule.Kind == ShortfallRule.KindName, () =>
        {
            RuleFor(x => x.Rule.Target)
                .Must(static t => t is { } v && ValidationText.IsWhole(v) && v is >= 1 and <= ValidationText.MaxWhole)
                .WithErrorCode(DiagnosticCodes.InvalidValue)
                .WithMessage(static x => $"The target of item '{x.Id}' must be a whole number greater than 0, found {(x.Rule.Target is { } t ? ValidationText.P(t) : "none")}.");
            RateCapAndUnit();
        });
        When(static x => x.Rule.Kind == TieredRule.KindName, Tiered);
        When(static x => x.Rule.Kind == JudgedRule.KindName, () =>
        {
            WithinPoints(x => x.Rule.Step, "step");
            RuleFor(x => x.Rule.Step)
                .Must(static (item, s) => s is not { } step || step <= 0m || step > item.Points || item.Points % step == 0m)
                .WithErrorCode(DiagnosticCodes.StepDoesNotDivide)
                .WithMessage(static x => $"The step {ValidationText.P(x.Rule.Step ?? 0m)} does not divide item '{x.Id}''s {ValidationText.P(x.Points)} points; the awarded value could never reach them.");
        });
    }

    /// <summary>Condition ids unique and not reserved, English texts not blank, and an optional loss within the item's points.</summary>
    private void AnyOf()
    {
        RuleForEach(x => x.Rule.Conditions)
            .OverrideIndexer(static (_, _, _, index) => $"[{index}].Id")
            .Must(static c => !Reserved.Contains(c.Id, StringComparer.Ordinal))
            .WithErrorCode(DiagnosticCodes.ReservedConditionId)
            .WithMessage(static (x, c) => $"Item '{x.Id}' has a condition named '{c.Id}', but observations reserve 'note', 'evidenceRefs' and 'score'; choose another id.");
        RuleFor(x => x.Rule.Conditions)
            .Must(static c => c is null || c.Select(static x => x.Id).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithErrorCode(DiagnosticCodes.DuplicateId)
            .WithMessage(static x => $"The any-of rule of item '{x.Id}' names a condition id twice; condition ids must be unique.");
        RuleForEach(x => x.Rule.Conditions)
            .OverrideIndexer(static (_, _, _, index) => $"[{index}].EnglishText")
            .Must(static c => c.EnglishText is null || !string.IsNullOrWhiteSpace(c.EnglishText))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(static (x, c) => $"The English text of condition '{c.Id}' of item '{x.Id}' is blank; leave it out to show the text as written.");
        WithinPoints(x => x.Rule.Loss, "loss");
    }

    /// <summary>Level ids unique, each loss within the item's points, English texts not blank.</summary>
    private void Tiered()
    {
        RuleFor(x => x.Rule.Levels)
            .Must(static l => l is null || l.Select(static x => x.Id).Distinct(StringComparer.Ordinal).Count() == l.Count)
            .WithErrorCode(DiagnosticCodes.DuplicateId)
            .WithMessage(static x => $"The tiered rule of item '{x.Id}' names a level id twice; level ids must be unique.");
        RuleForEach(x => x.Rule.Levels)
            .OverrideIndexer(static (_, _, _, index) => $"[{index}].Loss")
            .Must(static (x, l) => l.Loss <= x.Points)
            .WithErrorCode(DiagnosticCodes.ExceedsItemPoints)
            .WithMessage(static (x, l) => $"The loss {ValidationText.P(l.Loss)} of level '{l.Id}' exceeds item '{x.Id}''s {ValidationText.P(x.Points)} points.");
        RuleForEach(x => x.Rule.Levels)
            .OverrideIndexer(static (_, _, _, index) => $"[{index}].EnglishText")
            .Must(static l => l.EnglishText is null || !string.IsNullOrWhiteSpace(l.EnglishText))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(static (x, l) => $"The English text of level '{l.Id}' of item '{x.Id}' is blank; leave it out to show the text as written.");
    }

    private void WithinPoints(Expression<Func<ItemDocument, decimal?>> property, string name) =>
        RuleFor(property)
            .Must(static (x, v) => v is null || v <= x.Points)
            .WithErrorCode(DiagnosticCodes.ExceedsItemPoints)
            .WithMessage((x, v) => $"The {name} {ValidationText.P(v ?? 0m)} exceeds item '{x.Id}''s {ValidationText.P(x.Points)} points.");

    private void RateCapAndUnit()
    {
        WithinPoints(x => x.Rule.Rate, "rate");
        WithinPoints(x => x.Rule.Cap, "cap");
        RuleFor(x => x.Rule.Unit)
            .Must(static u => u is null || !string.IsNullOrWhiteSpace(u))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(static x => $"The unit counted by item '{x.Id}' is empty; leave it out for the default 人次.");
    }
}
