using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An any-of rule: at least one condition, unique condition ids, a loss within the item's points.</summary>
internal sealed class AnyOfRuleValidator : AbstractValidator<RuleDocument>
{
    public AnyOfRuleValidator(string itemId, decimal itemPoints)
    {
        RuleFor(x => x.Conditions)
            .Must(static c => c is { Count: > 0 })
            .WithErrorCode(DiagnosticCodes.WrongCount)
            .WithMessage($"The any-of rule of item '{itemId}' needs at least one condition.");
        RuleForEach(x => x.Conditions).SetValidator(new ConditionValidator(itemId));
        RuleFor(x => x.Conditions)
            .Must(static c => c is null || c.Select(static x => x.Id).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithErrorCode(DiagnosticCodes.DuplicateId)
            .WithMessage($"The any-of rule of item '{itemId}' names a condition id twice; condition ids must be unique.");
        RuleValidator.PositiveWithinPoints(this, x => x.Loss, "loss", itemId, itemPoints);
    }
}
