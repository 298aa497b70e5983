using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A tie-breaker: taskScore names a task, stageScore a stage (of the rubric, when there is one; the schema has checked that both give a target); the others name nothing.</summary>
internal sealed class TieBreakerValidator : AbstractValidator<TieBreakerDocument>
{
    public TieBreakerValidator(string awardId, RubricDocument? rubric)
    {
        var tasks = rubric?.Tasks ?? [];
        var taskIds = tasks.Select(static t => t.Id).ToHashSet(StringComparer.Ordinal);
        var stageIds = tasks.SelectMany(static t => t.Stages).Select(static s => s.Id).ToHashSet(StringComparer.Ordinal);

        RuleFor(x => x.Target)
            .Must(t => t is null || taskIds.Contains(t))
            .When(x => rubric is not null && x.Kind == "taskScore")
            .WithErrorCode(DiagnosticCodes.UnknownTieBreakerTarget)
            .WithMessage(x => $"The tie-breaker of award '{awardId}' compares task '{x.Target}', but the rubric has no such task.");
        RuleFor(x => x.Target)
            .Must(t => t is null || stageIds.Contains(t))
            .When(x => rubric is not null && x.Kind == "stageScore")
            .WithErrorCode(DiagnosticCodes.UnknownTieBreakerTarget)
            .WithMessage(x => $"The tie-breaker of award '{awardId}' compares stage '{x.Target}', but the rubric has no such stage.");
        RuleFor(x => x.Target)
            .Null()
            .When(static x => x.Kind is "fewerItemsLost" or "smallerSelfGap")
            .WithErrorCode(DiagnosticCodes.InvalidTiePolicy)
            .WithMessage(x => $"The {x.Kind} tie-breaker of award '{awardId}' takes no target.");
    }
}
