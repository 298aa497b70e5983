using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>The meaning of a stage: its points against the sum of its items (points greater than 0 the schema has checked).</summary>
internal sealed class StageValidator : AbstractValidator<StageDocument>
{
    public StageValidator()
    {
        RuleFor(x => x.Points)
            .Must((stage, points) => points == stage.Items.Sum(static i => i.Points))
            .When(x => x.Items.Count > 0)
            .WithSeverity(Severity.Warning)
            .WithErrorCode(DiagnosticCodes.TotalMismatch)
            .WithMessage(x => $"Stage '{x.Id}' is worth {ValidationText.P(x.Points)} points, but its items add up to {ValidationText.P(x.Items.Sum(static i => i.Points))}.");

        RuleForEach(x => x.Items).SetValidator(new ItemValidator());
    }
}
