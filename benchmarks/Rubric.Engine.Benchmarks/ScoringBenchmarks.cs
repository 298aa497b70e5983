using BenchmarkDotNet.Attributes;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Scoring one school (both columns) with the engine, the handwritten baseline, RulesEngine and
/// the floor of a design on issue 15's terms (<see cref="FloorScorer"/>).
/// Each call takes the next of 1,000 seeded random assessments, so branches are not predicted
/// from one repeated input. Agreement is checked before anything is timed.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private RubricDefinition _rubric = null!;
    private Assessment[] _assessments = null!;
    private ColumnInput?[][] _inputs = null!;
    private ScoringPlan _plan = null!;
    private HandwrittenScorer _baseline = null!;
    private FloorScorer _floor = null!;
    private FloorScorer _floorWithoutDeductions = null!;
    private RulesEngineScorer _rulesEngine = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _rubric = BenchmarkRubric.Build();
        _assessments = BenchmarkRubric.Assessments(_rubric);
        _inputs = [.. _assessments.Select(a => RulesEngineScorer.Inputs(_rubric, a))];
        _plan = ScoringEngine.Default.Compile(_rubric);
        _baseline = new HandwrittenScorer();
        _floor = new FloorScorer(_rubric);
        _floorWithoutDeductions = new FloorScorer(_rubric, recordsDeductions: false);
        _rulesEngine = new RulesEngineScorer(_rubric);
        Agreement.Check(_rubric, _assessments, _baseline, _rulesEngine, _floor);
    }

    [Benchmark(Baseline = true, Description = "Handwritten")]
    public HandwrittenScorecard Handwritten() => _baseline.Score(_assessments[Next()]);

    /// <summary>The baseline, then every item's score read from its arrays, as the engine's items are read below.</summary>
    [Benchmark(Description = "Handwritten + read every item")]
    public decimal HandwrittenWalkItems()
    {
        var card = _baseline.Score(_assessments[Next()]);
        return SumItems(card.Assessor ?? card.Self!);
    }

    /// <summary>The floor, then every item's score read from its arrays.</summary>
    [Benchmark(Description = "Floor + read every item")]
    public decimal FloorWalkItems()
    {
        var card = _floor.Score(_assessments[Next()]);
        return SumItems(card.Assessor ?? card.Self!);
    }

    /// <summary>The floor recording no deductions: the extension point and the checks alone.</summary>
    [Benchmark(Description = "Floor, no deductions, + read every item")]
    public decimal FloorWithoutDeductionsWalkItems()
    {
        var card = _floorWithoutDeductions.Score(_assessments[Next()]);
        return SumItems(card.Assessor ?? card.Self!);
    }

    [Benchmark(Description = "Engine")]
    public ScoringResult Engine() => _plan.Score(_assessments[Next()]);

    /// <summary>The engine, then every ItemResult read: the cost of the full object view.</summary>
    [Benchmark(Description = "Engine + read every ItemResult")]
    public decimal EngineWalkItems()
    {
        var card = _plan.Score(_assessments[Next()]).Scorecard!;
        var sum = 0m;
        foreach (var item in card.Items)
        {
            sum += item.Score.Final ?? 0m;
        }

        return sum;
    }

    [Benchmark(Description = "RulesEngine 6.0.1")]
    public Task<(decimal[]? Self, decimal[]? Assessor)> RulesEngine() => _rulesEngine.ScoreAsync(_inputs[Next()]);

    private int Next()
    {
        var n = _next;
        _next = n + 1 == BenchmarkRubric.DistinctAssessments ? 0 : n + 1;
        return n;
    }

    /// <summary>Every item's score of a column in the baseline's layout, read and added, as the engine's items are read.</summary>
    private decimal SumItems(decimal[] scores)
    {
        var sum = 0m;
        for (var i = 0; i < _baseline.ItemCount; i++)
        {
            sum += scores[i];
        }

        return sum;
    }
}
