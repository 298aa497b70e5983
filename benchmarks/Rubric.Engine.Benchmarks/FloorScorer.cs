using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The least that scoring on issue 15's terms can cost, to judge the goal "at most the handwritten
/// baseline" against: each item's rule bound once to an object whose one virtual method holds its
/// kind's checks and arithmetic (an extension point at its cheapest: no context, no type test, an
/// outcome of a loss, a count and a detail), and an object recorded for every loss (the
/// deductions), then flat sums in the baseline's layout. Nothing else the engine does is here: no
/// errors as results (bad input throws), no typed scores, steps, adjustments, explanations or
/// scorecard objects. Checks are the engine's: counts whole and not negative, awards within the
/// points and on the step, levels known (an any-of observation is not searched for names that are no
/// condition, which only lowers the floor). Columns are read through the public
/// <see cref="Assessment.Observations"/>, a wrapper a column.
/// </summary>
public sealed class FloorScorer
{
    private readonly Item[] _items;
    private readonly BoundRule[] _rules;
    private readonly int[] _stageEnd;
    private readonly int[] _taskStageEnd;
    private readonly bool _recordsDeductions;

    /// <param name="rubric">The rubric.</param>
    /// <param name="recordsDeductions">Whether a loss is recorded as an object; without, the floor of the extension point and the checks alone.</param>
    public FloorScorer(RubricDefinition rubric, bool recordsDeductions = true)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        _recordsDeductions = recordsDeductions;
        _items = [.. rubric.Items];
        _rules = [.. _items.Select(Bind)];
        var stages = rubric.Tasks.SelectMany(t => t.Stages).ToArray();
        _stageEnd = [.. stages.Select((s, i) => stages.Take(i + 1).Sum(x => x.Items.Count))];
        _taskStageEnd = [.. rubric.Tasks.Select((t, i) => rubric.Tasks.Take(i + 1).Sum(x => x.Stages.Count))];
    }

    /// <summary>Every item's score and deduction in both columns; the scores laid out as the baseline's.</summary>
    public sealed class Card(decimal[]? self, decimal[]? assessor, Loss?[] deductions)
    {
        public decimal[]? Self { get; } = self;

        public decimal[]? Assessor { get; } = assessor;

        public Loss?[] Deductions { get; } = deductions;
    }

    /// <summary>One item's lost points in one column, and why.</summary>
    public sealed record Loss(Item Item, ScoreSide Side, decimal Amount, decimal Quantity, string? Detail, Observation Observation);

    public Card Score(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var deductions = new Loss?[2 * _items.Length];
        return new Card(Column(assessment.Observations(ScoreSide.Self), ScoreSide.Self, deductions), Column(assessment.Observations(ScoreSide.Assessor), ScoreSide.Assessor, deductions), deductions);
    }

    private decimal[]? Column(IReadOnlyList<Observation>? observations, ScoreSide side, Loss?[] deductions)
    {
        if (observations is null)
        {
            return null;
        }

        var n = _items.Length;
        var scores = new decimal[n + _stageEnd.Length + _taskStageEnd.Length + 1];
        for (var i = 0; i < n; i++)
        {
            var observation = observations[i];
            if (!string.Equals(observation.ItemId, _items[i].Id, StringComparison.Ordinal) || observation.Score is not null)
            {
                throw new FormatException(_items[i].Id);
            }

            var item = _items[i];
            var outcome = _rules[i].Evaluate(item, observation);
            var loss = decimal.Sign(outcome.Loss) <= 0 ? 0m : outcome.Loss > item.Points ? item.Points : outcome.Loss;
            if (loss != 0m && _recordsDeductions)
            {
                deductions[(side == ScoreSide.Self ? 0 : n) + i] = new Loss(item, side, loss, outcome.Quantity, outcome.Detail, observation);
            }

            scores[i] = item.Points - loss;
        }

        HandwrittenScorer.SumLevels(scores, n, _stageEnd, _taskStageEnd);
        return scores;
    }

    private static BoundRule Bind(Item item) => item.Rule switch
    {
        FlatRule flat => new Flat(flat.Loss ?? item.Points),
        AnyOfRule anyOf => new AnyOf([.. anyOf.Conditions.Select(c => c.Id)], anyOf.Loss ?? item.Points),
        PerUnitRule perUnit => new PerUnit(perUnit.Rate, perUnit.Cap ?? item.Points),
        ShortfallRule shortfall => new Shortfall(shortfall.Target, shortfall.Rate, shortfall.Cap ?? item.Points),
        TieredRule tiered => new Tiered(tiered),
        JudgedRule judged => new Judged(judged.Step),
        _ => throw new NotSupportedException(item.Rule.Kind),
    };

    private static int Count(Observation observation, string key)
    {
        var number = HandwrittenScorer.Number(observation, key);
        return decimal.IsNegative(number) || !decimal.IsInteger(number) || number > int.MaxValue ? throw new FormatException(key) : (int)number;
    }

    private static bool NoneDone(Observation observation) =>
        observation.TryGetValue(ObservationKeys.NoneDone, out var value) && (value.TryGetBoolean(out var b) ? b : throw new FormatException(ObservationKeys.NoneDone));

    private readonly record struct Outcome(decimal Loss, decimal Quantity = 0m, string? Detail = null);

    private abstract class BoundRule
    {
        public abstract Outcome Evaluate(Item item, Observation observation);
    }

    private sealed class Flat(decimal loss) : BoundRule
    {
        public override Outcome Evaluate(Item item, Observation observation) => HandwrittenScorer.Bool(observation, ObservationKeys.Met) ? default : new(loss);
    }

    private sealed class AnyOf(string[] conditions, decimal loss) : BoundRule
    {
        public override Outcome Evaluate(Item item, Observation observation)
        {
            string? failed = null;
            var failures = 0;
            foreach (var condition in conditions)
            {
                if (!HandwrittenScorer.Bool(observation, condition))
                {
                    failed = failed is null ? condition : failed + "," + condition;
                    failures++;
                }
            }

            return failed is null ? default : new(loss, failures, failed);
        }
    }

    private sealed class PerUnit(decimal rate, decimal cap) : BoundRule
    {
        public override Outcome Evaluate(Item item, Observation observation)
        {
            if (NoneDone(observation))
            {
                return new(item.Points);
            }

            var missing = Count(observation, ObservationKeys.Missing);
            return missing == 0 ? default : new(Math.Min(missing * rate, cap), missing);
        }
    }

    private sealed class Shortfall(int target, decimal rate, decimal cap) : BoundRule
    {
        public override Outcome Evaluate(Item item, Observation observation)
        {
            var achieved = NoneDone(observation) ? 0 : Count(observation, ObservationKeys.Achieved);
            return achieved == 0 ? new(item.Points) : achieved >= target ? default : new(Math.Min((target - achieved) * rate, cap), target - achieved);
        }
    }

    private sealed class Tiered(TieredRule rule) : BoundRule
    {
        public override Outcome Evaluate(Item item, Observation observation)
        {
            var level = observation.TryGetValue(ObservationKeys.Level, out var value) && value.TryGetString(out var id) ? rule.FindLevel(id) : null;
            return level is null ? throw new FormatException(ObservationKeys.Level) : level.Loss == 0m ? default : new(level.Loss, 0m, level.Id);
        }
    }

    private sealed class Judged(decimal? step) : BoundRule
    {
        public override Outcome Evaluate(Item item, Observation observation)
        {
            var awarded = HandwrittenScorer.Number(observation, ObservationKeys.Awarded);
            if (decimal.IsNegative(awarded) || awarded > item.Points || (step is { } s && awarded % s != 0m))
            {
                throw new FormatException(ObservationKeys.Awarded);
            }

            return awarded == item.Points ? default : new(item.Points - awarded, awarded);
        }
    }
}
