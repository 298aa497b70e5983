using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A tiered rule's level: its loss lies in [0, the item's points].</summary>
internal sealed class LevelValidator : AbstractValidator<LevelDocument>
{
    public LevelValidator(string itemId, decimal itemPoints)
    {
        RuleFor(x => x.Loss)
            .GreaterThanOrEqualTo(0m)
            .WithErrorCode(DiagnosticCodes.OutOfRange)
            .WithMessage(x => $"The loss of level '{x.Id}' of item '{itemId}' must not be negative, found {ValidationText.P(x.Loss)}.");
        RuleFor(x => x.Loss)
            .LessThanOrEqualTo(itemPoints)
            .WithErrorCode(DiagnosticCodes.ExceedsItemPoints)
            .WithMessage(x => $"The loss {ValidationText.P(x.Loss)} of level '{x.Id}' exceeds item '{itemId}''s {ValidationText.P(itemPoints)} points.");
    }
}
