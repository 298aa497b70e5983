using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>The meaning of a scoring item: a whole number (see <see cref="TaskValidator"/>), evidence not blank and its rule against its points, which the schema has checked are greater than 0.</summary>
internal sealed class ItemValidator : AbstractValidator<ItemDocument>
{
    public ItemValidator()
    {
        RuleFor(x => x.Number)
            .Must(static n => n is null || (ValidationText.IsWhole(n.Value) && n.Value is >= 0 and <= ValidationText.MaxWhole))
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(x => $"Item '{x.Id}' has the number {x.Number}; expected a whole number from 0.");

        RuleForEach(x => x.Evidence)
            .Must(static e => !string.IsNullOrWhiteSpace(e))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(x => $"Item '{x.Id}' names an empty piece of evidence.");

        Include(new RuleValidator());
    }
}
