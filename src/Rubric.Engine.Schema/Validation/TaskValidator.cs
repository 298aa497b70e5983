using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>
/// The meaning of a work task: a whole number and its points against the sum of its stages. Points
/// greater than 0 the schema has checked; a whole number it has not quite, since its integer test
/// misses a fraction far behind the point (20.0000000000000000000001).
/// </summary>
internal sealed class TaskValidator : AbstractValidator<TaskDocument>
{
    public TaskValidator()
    {
        RuleFor(x => x.Number)
            .Must(static n => n is null || (ValidationText.IsWhole(n.Value) && n.Value is >= 0 and <= ValidationText.MaxWhole))
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(x => $"Task '{x.Id}' has the number {x.Number}; expected a whole number from 0.");

        RuleFor(x => x.Points)
            .Must((task, points) => points == task.Stages.Sum(static s => s.Points))
            .When(x => x.Stages.Count > 0)
            .WithSeverity(Severity.Warning)
            .WithErrorCode(DiagnosticCodes.TotalMismatch)
            .WithMessage(x => $"Task '{x.Id}' is worth {ValidationText.P(x.Points)} points, but its stages add up to {ValidationText.P(x.Stages.Sum(static s => s.Points))}.");

        RuleForEach(x => x.Stages).SetValidator(new StageValidator());
    }
}
