using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A judged rule: an optional step within the item's points that divides them.</summary>
internal sealed class JudgedRuleValidator : AbstractValidator<RuleDocument>
{
    public JudgedRuleValidator(string itemId, decimal itemPoints)
    {
        RuleValidator.PositiveWithinPoints(this, x => x.Step, "step", itemId, itemPoints);
        RuleFor(x => x.Step)
            .Must(s => s is not { } step || step <= 0m || step > itemPoints || itemPoints % step == 0m)
            .WithErrorCode(DiagnosticCodes.StepDoesNotDivide)
            .WithMessage(x => $"The step {ValidationText.P(x.Step ?? 0m)} does not divide item '{itemId}''s {ValidationText.P(itemPoints)} points; the awarded value could never reach them.");
    }
}
