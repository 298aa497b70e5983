using BenchmarkDotNet.Attributes;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Scoring a batch of schools, as a county-wide run would: 1,000 and 100,000 assessments. The
/// batch cycles through 1,000 distinct seeded assessments (100,000 distinct ones would need
/// gigabytes of observation objects). RulesEngine is left out here: at its per-school cost a
/// 100,000 batch takes seconds per operation; see <see cref="ScoringBenchmarks"/> for its ratio.
/// </summary>
[MemoryDiagnoser]
public class ScoringBatchBenchmarks
{
    private Assessment[] _assessments = null!;
    private ScoringPlan _plan = null!;
    private HandwrittenScorer _baseline = null!;

    [Params(1_000, 100_000)]
    public int Schools { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rubric = BenchmarkRubric.Build();
        _assessments = BenchmarkRubric.Assessments(rubric);
        _plan = ScoringEngine.Default.Compile(rubric);
        _baseline = new HandwrittenScorer();
        Agreement.Check(rubric, _assessments, _baseline, rulesEngine: null);
    }

    [Benchmark(Baseline = true, Description = "Handwritten batch")]
    public decimal Handwritten()
    {
        var sum = 0m;
        for (var n = 0; n < Schools; n++)
        {
            sum += _baseline.Score(_assessments[n % _assessments.Length]).Score;
        }

        return sum;
    }

    [Benchmark(Description = "Engine batch")]
    public decimal Engine()
    {
        var sum = 0m;
        for (var n = 0; n < Schools; n++)
        {
            sum += _plan.Score(_assessments[n % _assessments.Length]).Scorecard!.Score;
        }

        return sum;
    }
}
