using BenchmarkDotNet.Attributes;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Scoring a batch of schools, as a county-wide run would: 1,000 and 100,000 assessments, every
/// one distinct (seeded random, the first 1,000 being those of the other scoring benchmarks), so
/// the 100,000 batch does not fit in cache and no input repeats. Held in memory they take about
/// 8.2 KB an assessment (72 observations), 820 MB of managed heap and a peak working set of about
/// 0.9 GB for 100,000, measured with GC.GetTotalMemory and /usr/bin/time. Agreement with the
/// baseline is checked on all of them before timing. RulesEngine is left out here: at its
/// per-school cost a 100,000 batch takes seconds per operation; see <see cref="ScoringBenchmarks"/>
/// for its ratio.
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
        _assessments = BenchmarkRubric.Assessments(rubric, Schools);
        _plan = ScoringEngine.Default.Compile(rubric);
        _baseline = new HandwrittenScorer();
        Agreement.Check(rubric, _assessments, _baseline, rulesEngine: null);
    }

    [Benchmark(Baseline = true, Description = "Handwritten batch")]
    public decimal Handwritten()
    {
        var sum = 0m;
        for (var n = 0; n < _assessments.Length; n++)
        {
            sum += _baseline.Score(_assessments[n]).Score;
        }

        return sum;
    }

    [Benchmark(Description = "Engine batch")]
    public decimal Engine()
    {
        var sum = 0m;
        for (var n = 0; n < _assessments.Length; n++)
        {
            sum += _plan.Score(_assessments[n]).Scorecard!.Score;
        }

        return sum;
    }
}
