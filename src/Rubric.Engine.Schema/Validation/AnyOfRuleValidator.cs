using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An any-of rule: at least one condition, ids unique and not reserved, and an optional loss within the item's points.</summary>
internal sealed class AnyOfRuleValidator : AbstractValidator<ItemDocument>
{
    private static readonly string[] Reserved = ["note", "evidenceRefs", ObservationKeys.Score];

    public AnyOfRuleValidator()
    {
        RuleFor(x => x.Rule.Conditions)
            .Must(static c => c is { Count: > 0 })
            .WithErrorCode(DiagnosticCodes.WrongCount)
            .WithMessage(static x => $"The any-of rule of item '{x.Id}' needs at least one condition.");
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
        RuleValidator.PositiveWithinPoints(this, x => x.Rule.Loss, "loss");
    }
}
