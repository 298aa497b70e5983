using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary>Loads the rubric or roster a command needs, printing every diagnostic; null when it did not load.</summary>
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

    public static void RequireFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UserDataException($"{path}: this is a folder; a rubric or roster is one file.");
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
