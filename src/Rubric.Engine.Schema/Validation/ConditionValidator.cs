using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>An any-of condition: its id is an observation key, so it may not be a reserved member name.</summary>
internal sealed class ConditionValidator : AbstractValidator<ConditionDocument>
{
    private static readonly string[] Reserved = ["note", "evidenceRefs", "score"];

    public ConditionValidator(string itemId)
    {
        RuleFor(x => x.Id)
            .Must(static id => !Reserved.Contains(id, StringComparer.Ordinal))
            .WithErrorCode(DiagnosticCodes.ReservedConditionId)
            .WithMessage(x => $"Item '{itemId}' has a condition named '{x.Id}', but observations reserve 'note', 'evidenceRefs' and 'score'; choose another id.");
    }
}
