using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A tiered rule: at least one level, ids unique, each loss from 0 to the item's points.</summary>
internal sealed class TieredRuleValidator : AbstractValidator<ItemDocument>
{
    public TieredRuleValidator()
    {
        RuleFor(x => x.Rule.Levels)
            .Must(static l => l is { Count: > 0 })
            .WithErrorCode(DiagnosticCodes.WrongCount)
            .WithMessage(static x => $"The tiered rule of item '{x.Id}' needs at least one level.");
        RuleFor(x => x.Rule.Levels)
            .Must(static l => l is null || l.Select(static x => x.Id).Distinct(StringComparer.Ordinal).Count() == l.Count)
            .WithErrorCode(DiagnosticCodes.DuplicateId)
            .WithMessage(static x => $"The tiered rule of item '{x.Id}' names a level id twice; level ids must be unique.");
        RuleForEach(x => x.Rule.Levels)
            .OverrideIndexer(static (_, _, _, index) => $"[{index}].Loss")
            .Must(static l => l.Loss >= 0m)
            .WithErrorCode(DiagnosticCodes.OutOfRange)
            .WithMessage(static (x, l) => $"The loss of level '{l.Id}' of item '{x.Id}' must not be negative, found {ValidationText.P(l.Loss)}.");
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
}
