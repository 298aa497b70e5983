using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A judged rule: an optional step within the item's points that divides them.</summary>
internal sealed class JudgedRuleValidator : AbstractValidator<ItemDocument>
{
    public JudgedRuleValidator()
    {
        RuleValidator.PositiveWithinPoints(this, x => x.Rule.Step, "step");
        RuleFor(x => x.Rule.Step)
            .Must(static (item, s) => s is not { } step || step <= 0m || step > item.Points || item.Points % step == 0m)
            .WithErrorCode(DiagnosticCodes.StepDoesNotDivide)
            .WithMessage(static x => $"The step {ValidationText.P(x.Rule.Step ?? 0m)} does not divide item '{x.Id}''s {ValidationText.P(x.Points)} points; the awarded value could never reach them.");
    }
}
