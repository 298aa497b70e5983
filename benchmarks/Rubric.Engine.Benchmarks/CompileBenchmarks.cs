using BenchmarkDotNet.Attributes;
using Rubric.Engine;
using RulesEngine.Models;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The one-off cost before the first score: compiling the rubric into a plan, against
/// RulesEngine building its workflow. RulesEngine compiles its expressions lazily on the first
/// execution, so its number is "construct + first run"; the first run itself is a few
/// microseconds of that.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private RubricDefinition _rubric = null!;
    private Workflow _workflow = null!;
    private ColumnInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rubric = BenchmarkRubric.Build();
        _workflow = RulesEngineScorer.Workflow(_rubric);
        _input = RulesEngineScorer.Inputs(_rubric, BenchmarkRubric.Assessments(_rubric, 1)[0])[1]!;
    }

    [Benchmark(Baseline = true, Description = "Engine: build rubric + compile plan")]
    public ScoringPlan EngineCompile() => new ScoringEngineBuilder().Build().Compile(BenchmarkRubric.Build());

    [Benchmark(Description = "Engine: compile plan")]
    public ScoringPlan EngineCompileOnly() => new ScoringEngineBuilder().Build().Compile(_rubric);

    [Benchmark(Description = "RulesEngine: construct + compile on first run")]
    public async Task<int> RulesEngineCompile()
    {
        var engine = new RulesEngine.RulesEngine([_workflow], new ReSettings());
        var results = await engine.ExecuteAllRulesAsync(RulesEngineScorer.WorkflowName, _input).ConfigureAwait(false);
        return results.Count;
    }
}
