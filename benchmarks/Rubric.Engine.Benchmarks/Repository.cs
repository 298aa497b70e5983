using System.Reflection;

namespace Rubric.Engine.Benchmarks;

/// <summary>Files of the repository (seeds/), found wherever BenchmarkDotNet runs the benchmark process.</summary>
public static class Repository
{
    public static string Root() =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(static a => a.Key == "RubricRepoRoot")?.Value
        ?? throw new InvalidOperationException("The build did not record the repository root.");

    /// <summary>The path of a file under the repository root; throws when it is missing, so a benchmark never times nothing.</summary>
    public static string File(params string[] parts)
    {
        var path = Path.Combine([Root(), .. parts]);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException("A file the benchmark needs is missing.", path);
    }
}
