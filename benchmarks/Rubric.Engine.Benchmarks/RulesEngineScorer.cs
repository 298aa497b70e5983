using System.Globalization;
using Rubric.Engine;
using RulesEngine.Models;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The general rules engine competitor: Microsoft RulesEngine 6.0.1 with one rule per item. Each
/// rule always fires (<c>Expression = "true"</c>) and its <c>OutputExpression</c> action computes
/// the item's score with decimal literals, for example
/// <c>2m - Min(input1.Items[6].Missing * 0.5m, 2m)</c>. The assessments are mapped to plain
/// input objects once, before timing, so the timed part is RulesEngine's own work plus summing.
/// </summary>
public sealed class RulesEngineScorer
{
    public const string WorkflowName = "bench-36";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly RubricDefinition _rubric;

    public RulesEngineScorer(RubricDefinition rubric)
    {
        _rubric = rubric;
        _engine = new RulesEngine.RulesEngine([Workflow(rubric)], new ReSettings());
    }

    /// <summary>The workflow: one rule per item, in sheet order.</summary>
    public static Workflow Workflow(RubricDefinition rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var rules = new List<Rule>(rubric.Items.Count);
        for (var i = 0; i < rubric.Items.Count; i++)
        {
            var item = rubric.Items[i];
            rules.Add(new Rule
            {
                RuleName = item.Id,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = "true",
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = ScoreExpression(item, "input1.Items[" + i.ToString(CultureInfo.InvariantCulture) + "]") },
                    },
                },
            });
        }

        return new Workflow { WorkflowName = WorkflowName, Rules = rules };
    }

    /// <summary>Maps one assessment to RulesEngine inputs, one per column.</summary>
    public static ColumnInput?[] Inputs(RubricDefinition rubric, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(assessment);
        return [Input(rubric, assessment.Column(ScoreSide.Self)), Input(rubric, assessment.Column(ScoreSide.Assessor))];
    }

    /// <summary>Scores both columns; returns the same array layout as the handwritten baseline.</summary>
    public async Task<(decimal[]? Self, decimal[]? Assessor)> ScoreAsync(ColumnInput?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var self = inputs[0] is null ? null : await ScoreColumnAsync(inputs[0]!).ConfigureAwait(false);
        var assessor = inputs[1] is null ? null : await ScoreColumnAsync(inputs[1]!).ConfigureAwait(false);
        return (self, assessor);
    }

    private async Task<decimal[]> ScoreColumnAsync(ColumnInput input)
    {
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, input).ConfigureAwait(false);
        var itemCount = _rubric.Items.Count;
        var stages = 0;
        foreach (var task in _rubric.Tasks)
        {
            stages += task.Stages.Count;
        }

        var scores = new decimal[itemCount + stages + _rubric.Tasks.Count + 1];
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (result.ActionResult?.Exception is { } exception)
            {
                throw new InvalidOperationException("RulesEngine failed on " + result.Rule.RuleName, exception);
            }

            scores[i] = (decimal)result.ActionResult!.Output;
        }

        var item = 0;
        var stage = 0;
        var total = 0m;
        for (var t = 0; t < _rubric.Tasks.Count; t++)
        {
            var taskSum = 0m;
            foreach (var s in _rubric.Tasks[t].Stages)
            {
                var stageSum = 0m;
                for (var k = 0; k < s.Items.Count; k++)
                {
                    stageSum += scores[item++];
                }

                scores[itemCount + stage++] = stageSum;
                taskSum += stageSum;
            }

            scores[itemCount + stages + t] = taskSum;
            total += taskSum;
        }

        scores[^1] = total;
        return scores;
    }

    private static ColumnInput? Input(RubricDefinition rubric, IReadOnlyDictionary<string, Observation>? column)
    {
        if (column is null)
        {
            return null;
        }

        var items = new ItemInput[rubric.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var o = column[rubric.Items[i].Id];
            items[i] = new ItemInput
            {
                Met = Bool(o, ObservationKeys.Met),
                NoneDone = Bool(o, ObservationKeys.NoneDone),
                Missing = Number(o, ObservationKeys.Missing),
                Achieved = Number(o, ObservationKeys.Achieved),
                Awarded = Number(o, ObservationKeys.Awarded),
                Level = o.TryGetValue(ObservationKeys.Level, out var v) && v.TryGetString(out var s) ? s : string.Empty,
                Slogan = Bool(o, "slogan"),
                Noticeboard = Bool(o, "noticeboard"),
            };
        }

        return new ColumnInput { Items = items };
    }

    private static bool Bool(Observation o, string key) => o.TryGetValue(key, out var v) && v.TryGetBoolean(out var b) && b;

    private static decimal Number(Observation o, string key) => o.TryGetValue(key, out var v) && v.TryGetDecimal(out var d) ? d : 0m;

    private static string D(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    private static string ScoreExpression(Item item, string x)
    {
        var points = D(item.Points);
        return item.Rule switch
        {
            FlatRule r => $"{x}.Met ? {points} : {points} - {D(r.Loss ?? item.Points)}",
            AnyOfRule r => $"({x}.Slogan && {x}.Noticeboard) ? {points} : {points} - {D(r.Loss ?? item.Points)}",
            PerUnitRule r => $"{x}.NoneDone ? 0m : ({x}.Missing * {D(r.Rate)} >= {D(r.Cap ?? item.Points)} ? {points} - {D(r.Cap ?? item.Points)} : {points} - {x}.Missing * {D(r.Rate)})",
            ShortfallRule r => $"({x}.NoneDone || {x}.Achieved == 0m) ? 0m : ({x}.Achieved >= {D(r.Target)} ? {points} : (({D(r.Target)} - {x}.Achieved) * {D(r.Rate)} >= {D(r.Cap ?? item.Points)} ? {points} - {D(r.Cap ?? item.Points)} : {points} - ({D(r.Target)} - {x}.Achieved) * {D(r.Rate)}))",
            TieredRule r => string.Concat(r.Levels.Select(l => $"{x}.Level == \"{l.Id}\" ? {points} - {D(l.Loss)} : ")) + "-1m",
            JudgedRule => $"{x}.Awarded",
            _ => throw new InvalidOperationException("Unexpected rule kind " + item.Rule.Kind),
        };
    }
}
