using System.Diagnostics;
using System.Globalization;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// <c>--quick</c>: a rough comparison that survives a busy machine. The scorers take turns, round
/// after round, over the same 1,000 assessments, and the fastest round of each counts: load from
/// other processes only ever adds time, so the minimum is the least disturbed figure. It is no
/// substitute for BenchmarkDotNet on a quiet machine (no memory figures, no confidence interval).
/// </summary>
public static class QuickCompare
{
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rubric = BenchmarkRubric.Build();
        var assessments = BenchmarkRubric.Assessments(rubric);
        var inputs = assessments.Select(a => RulesEngineScorer.Inputs(rubric, a)).ToArray();
        var plan = ScoringEngine.Default.Compile(rubric);
        var baseline = new HandwrittenScorer();
        var rulesEngine = new RulesEngineScorer(rubric);
        Agreement.Check(rubric, assessments, baseline, rulesEngine);

        double handwritten = double.MaxValue, engine = double.MaxValue, rules = double.MaxValue;
        for (var round = 0; round < 200; round++)
        {
            handwritten = Math.Min(handwritten, Time(() =>
            {
                foreach (var a in assessments)
                {
                    baseline.Score(a);
                }
            }) / assessments.Length);
            engine = Math.Min(engine, Time(() =>
            {
                foreach (var a in assessments)
                {
                    plan.Score(a);
                }
            }) / assessments.Length);
            if (round % 10 == 0)
            {
                // RulesEngine is ~30-40x slower; a tenth of the rounds on a tenth of the data keeps the run short.
                rules = Math.Min(rules, Time(() =>
                {
                    for (var i = 0; i < 100; i++)
                    {
                        rulesEngine.ScoreAsync(inputs[i]).GetAwaiter().GetResult();
                    }
                }) / 100);
            }
        }

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c, "per school, both columns, fastest of 200 interleaved rounds over 1,000 assessments (RulesEngine: 20 rounds over 100)"));
        output.WriteLine(string.Format(c, "| Scorer | µs per school | vs handwritten | RulesEngine / this |"));
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine(string.Format(c, "| Handwritten | {0:F3} | 1.00 | {1:F1} |", handwritten, rules / handwritten));
        output.WriteLine(string.Format(c, "| Engine | {0:F3} | {1:F2} | {2:F1} |", engine, engine / handwritten, rules / engine));
        output.WriteLine(string.Format(c, "| RulesEngine 6.0.1 | {0:F3} | {1:F2} | 1.0 |", rules, rules / handwritten));
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMicroseconds;
    }
}
