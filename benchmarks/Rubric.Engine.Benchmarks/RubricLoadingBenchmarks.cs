using BenchmarkDotNet.Attributes;
using Rubric.Engine.Schema;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Loading and fully validating the seed rubric (seeds/panlong.rubric.json: syntax, JSON Schema,
/// then semantic rules, its four warnings located) from its bytes, with a new loader each time
/// so that nothing a loader keeps is reused.
/// </summary>
[MemoryDiagnoser]
public class RubricLoadingBenchmarks
{
    private byte[] _seedRubric = [];

    [GlobalSetup]
    public void Setup()
    {
        _seedRubric = File.ReadAllBytes(Repository.File("seeds", "panlong.rubric.json"));

        // Time a successful load only: a document rejected early would flatter the loader.
        var seed = ParseSeedRubric();
        if (!seed.Succeeded || seed.Diagnostics.Count != 4)
        {
            throw new InvalidOperationException("The seed rubric does not load with its four warnings: " + string.Join("; ", seed.Diagnostics.Select(static d => d.ToString())));
        }
    }

    [Benchmark(Description = "ParseRubric(seed), fully validated")]
    public LoadResult<RubricDefinition> ParseSeedRubric() => new RubricLoader().ParseRubric(_seedRubric, "panlong.rubric.json");
}
