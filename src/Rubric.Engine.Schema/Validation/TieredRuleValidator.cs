using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A tiered rule: at least one level, unique level ids, each loss within the item's points.</summary>
internal sealed class TieredRuleValidator : AbstractValidator<RuleDocument>
{
    public TieredRuleValidator(string itemId, decimal itemPoints)
    {
        RuleFor(x => x.Levels)
            .Must(static l => l is { Count: > 0 })
            .WithErrorCode(DiagnosticCodes.WrongCount)
            .WithMessage($"The tiered rule of item '{itemId}' needs at least one level.");
        RuleFor(x => x.Levels)
            .Must(static l => l is null || l.Select(static x => x.Id).Distinct(StringComparer.Ordinal).Count() == l.Count)
            .WithErrorCode(DiagnosticCodes.DuplicateId)
            .WithMessage($"The tiered rule of item '{itemId}' names a level id twice; level ids must be unique.");
        RuleForEach(x => x.Levels).SetValidator(new LevelValidator(itemId, itemPoints));
    }
}
