using BenchmarkDotNet.Attributes;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The analysis behind <c>rubric report</c>: <see cref="ReportAnalyzer.Analyze"/> over scored
/// seeded random assessments of the seed rubric, in the county roster of <see cref="AwardsBenchmarks"/>
/// (centres of 5 to 45 schools) with the 先进集体 awards passed in, and without a roster (one body of
/// every unit, the shape of a report for a whole county's input set). Scoring and the award
/// calculation are done before timing. Each unit's losses carry their explanations in English
/// and Chinese, so the sentences are rendered inside the timing.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private RubricDefinition _rubric = null!;
    private Roster _roster = null!;
    private ScoringResult[] _results = null!;
    private AwardReport[] _awards = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Schools { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rubric = SeedAssessments.LoadRubric();
        _roster = AwardsBenchmarks.BuildRoster(Schools, new Random(AwardsBenchmarks.Seed));
        var plan = ScoringEngine.Default.Compile(_rubric);
        _results = [.. SeedAssessments.Generate(_rubric, Schools, AwardsBenchmarks.Seed).Select(plan.Score)];
        _awards = [.. _rubric.AwardPolicies.Where(p => p.UnitKind == _rubric.UnitKind).Select(p => AwardCalculator.Calculate(p, _roster, _results))];
        var report = ReportAnalyzer.Analyze(_rubric, _results, _roster, _awards);
        var units = report.Bodies.Sum(static b => b.Units.Count);
        if (units != Schools)
        {
            throw new InvalidOperationException($"The report ranks {units} of {Schools} schools.");
        }
    }

    [Benchmark(Description = "Analyze(roster, awards)")]
    public AssessmentReport WithRoster() => ReportAnalyzer.Analyze(_rubric, _results, _roster, _awards);

    [Benchmark(Description = "Analyze(no roster)")]
    public AssessmentReport OneBody() => ReportAnalyzer.Analyze(_rubric, _results);
}
