using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary>Loads the rubric, roster or plan a command needs, printing every diagnostic; null when it did not load.</summary>
internal static class DocumentLoading
{
    public static RubricDefinition? Rubric(RubricLoader loader, string path, TextWriter errors)
    {
        RequireFile(path);
        var result = loader.LoadRubric(path);
        Print(result.Diagnostics, errors);
        return result.Succeeded ? result.Value : null;
    }

    public static Roster? Roster(RubricLoader loader, string path, TextWriter errors)
    {
        RequireFile(path);
        var result = loader.LoadRoster(path);
        Print(result.Diagnostics, errors);
        return result.Succeeded ? result.Value : null;
    }

    /// <summary>The plan and the rubrics it names, checked against each other; null when either did not load.</summary>
    public static (AssessmentPlan Plan, Dictionary<string, RubricDefinition> Rubrics)? Plan(RubricLoader loader, string path, TextWriter errors)
    {
        RequireFile(path);
        var result = loader.LoadPlan(path);
        Print(result.Diagnostics, errors);
        if (result.Value is not { } plan)
        {
            return null;
        }

        var problems = new List<Diagnostic>();
        var rubrics = PlanSheets.Load(loader, result, path, problems);
        Print(problems, errors);
        return problems.Count == 0 ? (plan, rubrics) : null;
    }

    public static void RequireFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UserDataException($"{path}: this is a folder; a rubric, roster or plan is one file.");
        }

        if (!File.Exists(path))
        {
            throw new UserDataException($"{path}: no such file.");
        }
    }

    private static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter errors)
    {
        foreach (var diagnostic in diagnostics)
        {
            errors.WriteLine(diagnostic.ToString());
        }
    }
}
