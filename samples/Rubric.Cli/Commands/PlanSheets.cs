using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary>
/// Loads the rubrics a plan names, from beside the plan's file, and checks each is what the plan
/// says: the rubric id, the unit kind, and the tasks or stages its awards' tie-breakers compare.
/// Every disagreement is a located error in the plan.
/// </summary>
internal static class PlanSheets
{
    /// <summary>The rubrics, by id, that loaded and agree with the plan; every problem goes to <paramref name="problems"/>.</summary>
    public static Dictionary<string, RubricDefinition> Load(RubricLoader loader, LoadResult<AssessmentPlan> plan, string planPath, List<Diagnostic> problems)
    {
        var rubrics = new Dictionary<string, RubricDefinition>(StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(Path.GetFullPath(planPath))!;
        var sheets = plan.Value!.Rubrics;
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var path = Path.Combine(folder, sheet.File);
            if (!File.Exists(path))
            {
                problems.Add(At(plan, planPath, $"/rubrics/{i}/file", $"The plan names rubric '{sheet.RubricId}' in '{sheet.File}', but there is no such file ({path})."));
                continue;
            }

            var loaded = loader.LoadRubric(path);
            problems.AddRange(loaded.Diagnostics.Where(static d => d.IsError));
            if (loaded.Value is not { } rubric)
            {
                problems.Add(At(plan, planPath, $"/rubrics/{i}/file", $"'{sheet.File}' is not a valid rubric; the errors above say why."));
            }
            else if (!string.Equals(rubric.Id, sheet.RubricId, StringComparison.Ordinal))
            {
                problems.Add(At(plan, planPath, $"/rubrics/{i}/id", $"'{sheet.File}' is rubric '{rubric.Id}', not '{sheet.RubricId}' as the plan says."));
            }
            else if (rubric.UnitKind != sheet.UnitKind)
            {
                problems.Add(At(plan, planPath, $"/rubrics/{i}/unitKind", $"Rubric '{rubric.Id}' scores {rubric.UnitKind}, but the plan uses it for {sheet.UnitKind}."));
            }
            else
            {
                rubrics[rubric.Id] = rubric;
            }
        }

        CheckBreakerTargets(plan, planPath, rubrics, problems);
        return rubrics;
    }

    private static void CheckBreakerTargets(LoadResult<AssessmentPlan> plan, string planPath, Dictionary<string, RubricDefinition> rubrics, List<Diagnostic> problems)
    {
        var levels = plan.Value!.Levels;
        for (var i = 0; i < levels.Count; i++)
        {
            for (var j = 0; j < levels[i].Awards.Count; j++)
            {
                if (levels[i].Awards[j].Policy is not { } policy || !rubrics.TryGetValue(plan.Value.RubricFor(policy.UnitKind)!.RubricId, out var rubric))
                {
                    continue;
                }

                for (var k = 0; k < policy.Ties.Breakers.Count; k++)
                {
                    var breaker = policy.Ties.Breakers[k];
                    var found = breaker.Kind switch
                    {
                        TieBreakerKind.TaskScore => rubric.Tasks.Any(t => t.Id == breaker.TargetId),
                        TieBreakerKind.StageScore => rubric.Tasks.SelectMany(static t => t.Stages).Any(s => s.Id == breaker.TargetId),
                        _ => true,
                    };
                    if (!found)
                    {
                        problems.Add(At(plan, planPath, $"/levels/{i}/awards/{j}/ties/breakers/{k}/target", $"The tie-breaker of award '{policy.Id}' compares '{breaker.TargetId}', but rubric '{rubric.Id}' has no such {(breaker.Kind == TieBreakerKind.TaskScore ? "task" : "stage")}."));
                    }
                }
            }
        }
    }

    private static Diagnostic At(LoadResult<AssessmentPlan> plan, string planPath, string pointer, string message)
    {
        plan.TryLocate(pointer, out var line, out var column);
        return new Diagnostic(DiagnosticSeverity.Error, HostDiagnosticCodes.PlanRubricMismatch, message, planPath, line, column, pointer);
    }
}
