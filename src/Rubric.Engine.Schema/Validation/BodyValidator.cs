using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An assessing body: only a school among its units has staff, each staff member has a name, and so for the bodies below it.</summary>
internal sealed class BodyValidator : AbstractValidator<BodyDocument>
{
    public BodyValidator()
    {
        RuleForEach(x => x.Units).ChildRules(unit =>
        {
            unit.RuleFor(x => x.Staff)
                .Must(static s => s is null || s.Count == 0)
                .When(static x => x.Kind != "school")
                .WithErrorCode(DiagnosticCodes.StaffOutsideSchool)
                .WithMessage(x => $"Unit '{x.Id}' is a {x.Kind}, but only a school has staff.");
            unit.RuleForEach(x => x.Staff).ChildRules(staff => staff.RuleFor(x => x.Name)
                .Must(static n => !string.IsNullOrWhiteSpace(n))
                .WithErrorCode(DiagnosticCodes.InvalidFormat)
                .WithMessage(x => $"Staff member '{x.Id}' needs a name."));
        });
        RuleForEach(x => x.Bodies).SetValidator(this);
    }
}
