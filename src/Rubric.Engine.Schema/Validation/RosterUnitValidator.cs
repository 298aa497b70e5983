using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A roster unit: only a school has staff.</summary>
internal sealed class RosterUnitValidator : AbstractValidator<RosterUnitDocument>
{
    public RosterUnitValidator()
    {
        RuleFor(x => x.Staff)
            .Must(static s => s is null || s.Count == 0)
            .When(static x => x.Kind != "school")
            .WithErrorCode(DiagnosticCodes.StaffOutsideSchool)
            .WithMessage(x => $"Unit '{x.Id}' is a {x.Kind}, but only a school has staff.");
        RuleForEach(x => x.Staff).SetValidator(new StaffMemberValidator());
    }
}
