using System.Collections.Concurrent;
using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>The meaning of a scoring item: number, points, evidence and its rule against its points.</summary>
internal sealed class ItemValidator : AbstractValidator<ItemDocument>
{
    public ItemValidator()
    {
        RuleFor(x => x.Number)
            .Must(static n => n is null || (ValidationText.IsWhole(n.Value) && n.Value is >= 0 and <= ValidationText.MaxWhole))
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(x => $"Item '{x.Id}' has the number {x.Number}; expected a whole number from 0.");

        RuleFor(x => x.Points).GreaterThan(0m)
            .WithErrorCode(DiagnosticCodes.OutOfRange)
            .WithMessage(x => $"Item '{x.Id}' must be worth more than 0 points, found {ValidationText.P(x.Points)}.");

        RuleForEach(x => x.Evidence)
            .Must(static e => !string.IsNullOrWhiteSpace(e))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(x => $"Item '{x.Id}' names an empty piece of evidence.");

        RuleFor(x => x.Rule).SetValidator(item => RuleValidatorOf(item.Id, item.Points)).When(x => x.Points > 0m);
    }

    /// <summary>
    /// Building a rule validator compiles a dozen expression trees, milliseconds per rubric; the
    /// built ones are kept (they are immutable and thread-safe), a bounded number, so loading a
    /// rubric again costs only the checks.
    /// </summary>
    private static RuleValidator RuleValidatorOf(string itemId, decimal itemPoints)
    {
        if (RuleValidators.TryGetValue((itemId, itemPoints), out var validator))
        {
            return validator;
        }

        if (RuleValidators.Count >= MaxRuleValidators)
        {
            RuleValidators.Clear();
        }

        return RuleValidators.GetOrAdd((itemId, itemPoints), static key => new RuleValidator(key.ItemId, key.ItemPoints));
    }

    private const int MaxRuleValidators = 4096;

    private static readonly ConcurrentDictionary<(string ItemId, decimal ItemPoints), RuleValidator> RuleValidators = new();
}
