using BenchmarkDotNet.Attributes;
using Rubric.Engine.Schema;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Loading and fully validating a batch of 1,000 or 10,000 seeded random assessments in the
/// documented format, in the generator's ordered shape and in a realistic one, parsed one JSON line at a time and read as a JSON Lines stream through
/// <see cref="RubricLoader.ReadAssessmentLines"/> (held in memory, so no disk is timed; the loader's
/// default options). The rubric's load is <see cref="RubricLoadingBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private byte[][] _assessmentLines = [];
    private byte[] _jsonLines = [];
    private RubricLoader _loader = null!;

    [Params(1_000, 10_000)]
    public int Lines { get; set; }

    /// <summary><c>ordered</c>: the generator's own shape; <c>realistic</c>: as offices write them (see <see cref="AssessmentJson"/>).</summary>
    [Params("ordered", "realistic")]
    public string Shape { get; set; } = "ordered";

    [GlobalSetup]
    public void Setup()
    {
        var rubric = BenchmarkRubric.Build();
        _assessmentLines = AssessmentJson.Lines(BenchmarkRubric.Assessments(rubric, Lines), realistic: Shape == "realistic");
        _jsonLines = [.. _assessmentLines.SelectMany(static line => line.Append((byte)'\n'))];
        _loader = new RubricLoader();

        // Time successful loads only: a document rejected early would flatter the loader.
        if (ParseAssessmentBatch() != _assessmentLines.Length)
        {
            throw new InvalidOperationException("Some generated assessment lines do not load; nothing is timed.");
        }

        if (ReadJsonLines() != _assessmentLines.Length)
        {
            throw new InvalidOperationException("ReadAssessmentLines does not load every generated line; nothing is timed.");
        }
    }

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

    [Benchmark(Description = "ReadAssessmentLines(JSON Lines stream)")]
    public int ReadJsonLines()
    {
        using var stream = new MemoryStream(_jsonLines, writable: false);
        var loaded = 0;
        var lines = 0;
        foreach (var result in _loader.ReadAssessmentLines(stream, "batch.jsonl"))
        {
            lines++;
            if (result.Succeeded)
            {
                loaded++;
            }
        }

        // A stream that yields more results than lines (a trailing failure) must not pass the setup check.
        return lines == loaded ? loaded : -1;
    }
}
