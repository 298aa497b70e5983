using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A staff member: has a name.</summary>
internal sealed class StaffMemberValidator : AbstractValidator<StaffMemberDocument>
{
    public StaffMemberValidator()
    {
        RuleFor(x => x.Name)
            .Must(static n => !string.IsNullOrWhiteSpace(n))
            .WithErrorCode(DiagnosticCodes.InvalidFormat)
            .WithMessage(x => $"Staff member '{x.Id}' needs a name.");
    }
}
