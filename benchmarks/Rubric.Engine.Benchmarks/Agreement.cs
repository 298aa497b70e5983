using System.Globalization;
using System.Text;
using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The check every scoring benchmark runs before timing: the engine, the handwritten baseline,
/// RulesEngine and the floor (where timed) must give every school the same score for every item, stage, task and total, in
/// both columns. Timing three scorers that disagree would compare nothing.
/// </summary>
public static class Agreement
{
    public static void Check(RubricDefinition rubric, IReadOnlyList<Assessment> assessments, HandwrittenScorer? baseline, RulesEngineScorer? rulesEngine, FloorScorer? floor = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(assessments);
        var plan = ScoringEngine.Default.Compile(rubric);
        var problems = new StringBuilder();
        var lost = 0;
        foreach (var assessment in assessments)
        {
            var result = plan.Score(assessment);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The engine could not score {assessment.UnitId}: {string.Join("; ", result.Errors.Select(static e => e.Message))}");
            }

            var engineSelf = Flatten(result.Scorecard, ScoreSide.Self);
            var engineAssessor = Flatten(result.Scorecard, ScoreSide.Assessor);
            lost += result.Scorecard.Deductions(ScoreSide.Assessor).Count();
            if (baseline is not null)
            {
                var card = baseline.Score(assessment);
                Compare(problems, assessment.UnitId, "baseline self", engineSelf, card.Self);
                Compare(problems, assessment.UnitId, "baseline assessor", engineAssessor, card.Assessor);
                if (card.Score != result.Scorecard.Score)
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{assessment.UnitId}: baseline score {card.Score} != engine {result.Scorecard.Score}");
                }
            }

            if (floor is not null)
            {
                var card = floor.Score(assessment);
                Compare(problems, assessment.UnitId, "floor self", engineSelf, card.Self);
                Compare(problems, assessment.UnitId, "floor assessor", engineAssessor, card.Assessor);
            }

            if (rulesEngine is not null)
            {
                var (self, assessor) = rulesEngine.ScoreAsync(RulesEngineScorer.Inputs(rubric, assessment)).GetAwaiter().GetResult();
                Compare(problems, assessment.UnitId, "RulesEngine self", engineSelf, self);
                Compare(problems, assessment.UnitId, "RulesEngine assessor", engineAssessor, assessor);
            }

            if (problems.Length > 4000)
            {
                break;
            }
        }

        if (problems.Length > 0)
        {
            throw new InvalidOperationException("The scorers disagree; nothing is timed.\n" + problems);
        }

        // Data where nothing is lost would time only the happy path.
        if (lost < assessments.Count)
        {
            throw new InvalidOperationException($"Only {lost} deductions in {assessments.Count} assessments; the data does not exercise the rules.");
        }
    }

    /// <summary>The engine's scorecard in the baseline's layout: items, stages, tasks, total.</summary>
    public static decimal[] Flatten(Scorecard card, ScoreSide side)
    {
        ArgumentNullException.ThrowIfNull(card);
        var values = new List<decimal>();
        values.AddRange(card.Items.Select(i => i.Score.Get(side) ?? -1m));
        values.AddRange(card.Stages.Select(s => s.Score.Get(side) ?? -1m));
        values.AddRange(card.Tasks.Select(t => t.Score.Get(side) ?? -1m));
        values.Add(card.Total.Get(side) ?? -1m);
        return [.. values];
    }

    private static void Compare(StringBuilder problems, string unit, string what, decimal[] expected, decimal[]? actual)
    {
        if (actual is null || actual.Length != expected.Length)
        {
            problems.AppendLine(CultureInfo.InvariantCulture, $"{unit}: {what} has {actual?.Length} values, expected {expected.Length}");
            return;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            // decimal equality ignores trailing zeros (1.0 == 1), which is the equality points need.
            if (expected[i] != actual[i])
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"{unit}: {what} value #{i} is {actual[i]}, engine says {expected[i]}");
            }
        }
    }
}
