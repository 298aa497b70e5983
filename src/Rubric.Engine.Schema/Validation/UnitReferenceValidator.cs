using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>The unit an assessment names: it has an id.</summary>
internal sealed class UnitReferenceValidator : AbstractValidator<UnitReferenceDocument>
{
    public UnitReferenceValidator()
    {
        RuleFor(x => x.Id)
            .Must(static id => !string.IsNullOrWhiteSpace(id))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage("The assessed unit needs an id, as in the roster.");
    }
}
