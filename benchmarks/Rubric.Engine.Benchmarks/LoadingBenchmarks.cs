using System.Reflection;
using BenchmarkDotNet.Attributes;
using Rubric.Engine.Schema;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Loading and fully validating documents: the seed rubric (seeds/panlong.rubric.json: syntax,
/// JSON Schema, then semantic rules) and a batch of assessments parsed one JSON line at a time.
/// </summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private byte[] _seedRubric = [];
    private byte[][] _assessmentLines = [];
    private RubricLoader _loader = null!;

    [Params(1_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(RepoRoot(), "seeds", "panlong.rubric.json");
        _seedRubric = File.Exists(path) ? File.ReadAllBytes(path) : throw new FileNotFoundException("The seed rubric is missing.", path);
        var rubric = BenchmarkRubric.Build();
        _assessmentLines = AssessmentJson.Lines(BenchmarkRubric.Assessments(rubric, Lines));
        _loader = new RubricLoader();

        // Time successful loads only: a document rejected early would flatter the loader.
        var seed = _loader.ParseRubric(_seedRubric, "panlong.rubric.json");
        if (!seed.Succeeded)
        {
            throw new InvalidOperationException("The seed rubric does not load: " + string.Join("; ", seed.Diagnostics.Select(static d => d.ToString())));
        }

        if (ParseAssessmentBatch() != _assessmentLines.Length)
        {
            throw new InvalidOperationException("Some generated assessment lines do not load; nothing is timed.");
        }
    }

    [Benchmark(Description = "ParseRubric(seed), fully validated")]
    public LoadResult<RubricDefinition> ParseSeedRubric() => new RubricLoader().ParseRubric(_seedRubric, "panlong.rubric.json");

    [Benchmark(Description = "ParseAssessment per JSON line")]
    public int ParseAssessmentBatch()
    {
        var loaded = 0;
        for (var i = 0; i < _assessmentLines.Length; i++)
        {
            if (_loader.ParseAssessment(_assessmentLines[i], "batch.jsonl", firstLine: i + 1).Succeeded)
            {
                loaded++;
            }
        }

        return loaded;
    }

    private static string RepoRoot() =>
        typeof(LoadingBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(static a => a.Key == "RubricRepoRoot")?.Value
        ?? throw new InvalidOperationException("The build did not record the repository root.");
}
