using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// Awards over 10,000 schools, as <c>rubric awards</c> runs them: the seed rubric's 先进集体 policy
/// (25 % of each body's schools, rounded to nearest, ties broken by task t1 then fewer items lost)
/// applied by <see cref="AwardCalculator"/> to 10,000 scored seeded random assessments, against the
/// handwritten <see cref="HandwrittenAwards"/>. The roster is a county with a few schools of its
/// own and centres of 5 to 45 schools, so quotas round up and down and ties at the cut-off occur.
/// Scoring is done before timing; both sides read the same <see cref="ScoringResult"/> objects.
/// [GlobalSetup] checks that both name the same schools with the same ranks in every body.
/// Also timed: the self-assessment gap analysis (自查分 above 考核分) over the same results.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AwardsBenchmarks
{
    public const int Seed = 20111215;

    private AwardPolicy _policy = null!;
    private Roster _roster = null!;
    private ScoringResult[] _results = null!;

    [Params(10_000)]
    public int Schools { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rubric = SeedAssessments.LoadRubric();
        _policy = SeedAssessments.LoadPlan().Levels.SelectMany(static l => l.Awards).Select(static a => a.Policy).OfType<AwardPolicy>().Single(static p => p.UnitKind == UnitKind.School);
        _roster = BuildRoster(Schools, new Random(Seed));
        var plan = ScoringEngine.Default.Compile(rubric);
        _results = [.. SeedAssessments.Generate(rubric, Schools, Seed).Select(plan.Score)];
        if (_results.FirstOrDefault(static r => !r.Succeeded) is { } failed)
        {
            throw new InvalidOperationException($"{failed.Assessment.UnitId} does not score: {string.Join("; ", failed.Errors.Select(static e => e.Message))}");
        }

        Console.WriteLine(Check(AwardCalculator.Calculate(_policy, _roster, _results), HandwrittenAwards.Calculate(_roster, _results)));
    }

    [Benchmark(Baseline = true, Description = "Handwritten awards")]
    [BenchmarkCategory("Awards")]
    public List<BodyAwards> Handwritten() => HandwrittenAwards.Calculate(_roster, _results);

    [Benchmark(Description = "AwardCalculator.Calculate(先进集体)")]
    [BenchmarkCategory("Awards")]
    public AwardReport Engine() => AwardCalculator.Calculate(_policy, _roster, _results);

    [Benchmark(Description = "SelfAssessmentGapAnalysis.Find(margin 2)")]
    [BenchmarkCategory("Gap")]
    public IReadOnlyList<SelfAssessmentGap> SelfAssessmentGaps() => SelfAssessmentGapAnalysis.Find(_results, 2m);

    /// <summary>A county with 7 schools of its own and centres of 5 to 45 schools, <paramref name="schools"/> in all.</summary>
    public static Roster BuildRoster(int schools, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var next = 0;
        RosterUnit[] Schools(int count) =>
            [.. Enumerable.Range(0, count).Select(_ => { var id = SeedAssessments.SchoolId(next++); return new RosterUnit(id, "学校 " + id, UnitKind.School); })];

        var own = Schools(Math.Min(7, schools));
        var centres = new List<AssessingBody>();
        while (next < schools)
        {
            var size = Math.Min(random.Next(5, 46), schools - next);
            var id = "centre-" + (centres.Count + 1).ToString("D3", CultureInfo.InvariantCulture);
            centres.Add(new AssessingBody(id, "教管中心 " + id, BodyKind.Centre, Schools(size)));
        }

        return new Roster([new AssessingBody("county", "县教委", BodyKind.County, own, centres)]);
    }

    /// <summary>
    /// Throws unless the engine and the baseline agree on every body's quota, ranking (ids and
    /// ranks, in order) and awarded schools, and unless the data exercises ties at the cut-off.
    /// </summary>
    public static string Check(AwardReport engine, List<BodyAwards> baseline)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(baseline);
        var problems = new StringBuilder();
        if (engine.Results.Count != baseline.Count)
        {
            throw new InvalidOperationException($"The engine ranks {engine.Results.Count} bodies, the baseline {baseline.Count}; nothing is timed.");
        }

        for (var b = 0; b < baseline.Count && problems.Length < 4000; b++)
        {
            var e = engine.Results[b];
            var h = baseline[b];
            if (e.BodyId != h.BodyId || e.RoundedQuota != h.Quota || e.Ranking.Count != h.Ranking.Length)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"{e.BodyId}/{h.BodyId}: quota {e.RoundedQuota}/{h.Quota}, ranked {e.Ranking.Count}/{h.Ranking.Length}");
                continue;
            }

            for (var i = 0; i < h.Ranking.Length; i++)
            {
                var (u, v) = (e.Ranking[i], h.Ranking[i]);
                if (u.UnitId != v.Id || u.Rank != v.Rank || u.IsAwarded != v.Awarded)
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{e.BodyId} place {i + 1}: engine {u.UnitId} rank {u.Rank} awarded {u.IsAwarded}, baseline {v.Id} rank {v.Rank} awarded {v.Awarded}");
                }
            }
        }

        if (problems.Length > 0)
        {
            throw new InvalidOperationException("The awards disagree; nothing is timed.\n" + problems);
        }

        var outcomes = engine.Results.GroupBy(static r => r.TieOutcome).ToDictionary(static g => g.Key, static g => g.Count());
        if (outcomes.GetValueOrDefault(TieOutcome.BrokenByTieBreakers) == 0 || outcomes.GetValueOrDefault(TieOutcome.None) == 0)
        {
            throw new InvalidOperationException("The data does not exercise both a tie at the cut-off and a clean cut-off; nothing is timed.");
        }

        var awarded = engine.Results.Sum(static r => r.AwardedCount);
        var halves = engine.Results.Count(static r => decimal.Remainder(r.RawQuota, 1m) == 0.5m);
        return string.Create(CultureInfo.InvariantCulture, $"// Awards agree: {engine.Results.Count} bodies, {engine.Results.Sum(static r => r.PopulationSize)} schools, {awarded} awarded, " +
            $"{halves} quotas at .5; tie outcomes: {string.Join(", ", outcomes.OrderBy(static o => o.Key).Select(static o => $"{o.Key} {o.Value}"))}");
    }
}
