using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>The meaning of a whole rubric: unique ids, totals, incompleteness, award targets.</summary>
internal sealed class RubricDocumentValidator : AbstractValidator<RubricDocument>
{
    public RubricDocumentValidator()
    {
        RuleFor(x => x.Points)
            .Must((rubric, points) => points == rubric.Tasks.Sum(static t => t.Points))
            .When(x => x.Tasks.Count > 0)
            .WithSeverity(Severity.Warning)
            .WithErrorCode(DiagnosticCodes.TotalMismatch)
            .WithMessage(x => $"The rubric is worth {ValidationText.P(x.Points)} points, but its tasks add up to {ValidationText.P(x.Tasks.Sum(static t => t.Points))}.");

        RuleFor(x => x.Incomplete)
            .Null()
            .WithSeverity(Severity.Warning)
            .WithErrorCode(DiagnosticCodes.IncompleteRubric)
            .WithMessage(x => $"The rubric is marked incomplete: {x.Incomplete}");

        RuleFor(x => x.Awards).Must(static a => a is null or { Count: 0 }).WithSeverity(Severity.Warning).WithErrorCode(DiagnosticCodes.RubricAwardsDeprecated)
            .WithMessage("Award policies belong to a plan (*.plan.json), which names the sheet each award draws on; a rubric's 'awards' are read in format version 1 only. Move them to the plan's levels.");

        RuleForEach(x => x.Tasks).SetValidator(new TaskValidator());
        RuleForEach(x => x.Awards).SetValidator((rubric, _) => new AwardPolicyValidator(rubric));

        RuleFor(x => x.Tasks).Custom((tasks, context) => ValidationText.ReportDuplicates(context, AllIds(tasks), "task, stage or item"));
        RuleFor(x => x.Awards).Custom((awards, context) =>
            ValidationText.ReportDuplicates(context, (awards ?? []).Select(static (a, i) => (a.Id, $"/awards/{i}/id")), "award"));
    }

    private static IEnumerable<(string Id, string Pointer)> AllIds(List<TaskDocument> tasks)
    {
        for (var t = 0; t < tasks.Count; t++)
        {
            yield return (tasks[t].Id, $"/tasks/{t}/id");
            for (var s = 0; s < tasks[t].Stages.Count; s++)
            {
                var stage = tasks[t].Stages[s];
                yield return (stage.Id, $"/tasks/{t}/stages/{s}/id");
                for (var i = 0; i < stage.Items.Count; i++)
                {
                    yield return (stage.Items[i].Id, $"/tasks/{t}/stages/{s}/items/{i}/id");
                }
            }
        }
    }
}
