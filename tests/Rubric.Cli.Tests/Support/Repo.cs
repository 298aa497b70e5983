namespace Rubric.Cli.Tests.Support;

/// <summary>Paths in the repository (seeds) and to the built <c>rubric</c> program.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(params string[] parts) => Path.Combine([Seeds, .. parts]);

    /// <summary>rubric.dll: next to the test assembly (project reference), else in the host's build output.</summary>
    public static string RubricDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "rubric.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "rubric.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var built = Path.Combine(Root, "samples", "Rubric.Cli", "bin", configuration, "net10.0", "rubric.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("rubric.dll was not built.", built);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rubric.Engine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Rubric.Engine.sln) was not found above " + AppContext.BaseDirectory);
    }
}
