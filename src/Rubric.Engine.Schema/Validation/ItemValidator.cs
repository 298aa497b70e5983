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

        When(static x => x.Points > 0m, () => Include(new RuleValidator()));
    }
}
