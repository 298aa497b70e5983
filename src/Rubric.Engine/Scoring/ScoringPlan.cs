using System.Collections.Frozen;

namespace Rubric.Engine;

/// <summary>
/// A rubric compiled for one engine: every item paired with its evaluator in a flat array, so
/// scoring walks arrays instead of the tree. Immutable and safe to share between threads.
/// Get one from <see cref="ScoringEngine.Compile"/>.
/// </summary>
public sealed class ScoringPlan
{
    private readonly Item[] _items;
    private readonly IRuleEvaluator[] _evaluators;
    private readonly int[] _itemStage;
    private readonly Stage[] _stages;
    private readonly int[] _stageStart;
    private readonly int[] _stageTask;
    private readonly int[] _taskStageStart;
    private readonly FrozenDictionary<string, int> _itemIndex;
    private readonly FrozenDictionary<string, int> _stageIndex;
    private readonly FrozenDictionary<string, int> _taskIndex;
    private readonly IScoringStep[] _steps;

    internal ScoringPlan(RubricDefinition rubric, IReadOnlyDictionary<Type, IRuleEvaluator> evaluators, IScoringStep[] steps)
    {
        Rubric = rubric;
        _steps = steps;
        _items = [.. rubric.Items];
        _evaluators = new IRuleEvaluator[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            var ruleType = _items[i].Rule.GetType();
            _evaluators[i] = evaluators.TryGetValue(ruleType, out var evaluator)
                ? evaluator
                : throw new InvalidOperationException($"Item '{_items[i].Id}' uses the rule kind '{_items[i].Rule.Kind}' ({ruleType.Name}), which this engine has no evaluator for. Register one with ScoringEngineBuilder.AddRuleKind.");
        }

        _stages = [.. rubric.Tasks.SelectMany(static t => t.Stages)];
        _itemStage = new int[_items.Length];
        _stageStart = new int[_stages.Length + 1];
        _stageTask = new int[_stages.Length];
        _taskStageStart = new int[rubric.Tasks.Count + 1];
        int itemCursor = 0, stageCursor = 0;
        for (var t = 0; t < rubric.Tasks.Count; t++)
        {
            _taskStageStart[t] = stageCursor;
            foreach (var stage in rubric.Tasks[t].Stages)
            {
                _stageStart[stageCursor] = itemCursor;
                _stageTask[stageCursor] = t;
                for (var k = 0; k < stage.Items.Count; k++)
                {
                    _itemStage[itemCursor++] = stageCursor;
                }

                stageCursor++;
            }
        }

        _stageStart[_stages.Length] = itemCursor;
        _taskStageStart[rubric.Tasks.Count] = stageCursor;
        _itemIndex = Enumerable.Range(0, _items.Length).ToFrozenDictionary(i => _items[i].Id, StringComparer.Ordinal);
        _stageIndex = Enumerable.Range(0, _stages.Length).ToFrozenDictionary(i => _stages[i].Id, StringComparer.Ordinal);
        _taskIndex = Enumerable.Range(0, rubric.Tasks.Count).ToFrozenDictionary(i => rubric.Tasks[i].Id, StringComparer.Ordinal);
    }

    /// <summary>The rubric compiled.</summary>
    public RubricDefinition Rubric { get; }

    /// <summary>Scores one assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The scorecard, or every error that prevented one.</returns>
    public ScoringResult Score(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        List<ScoringError>? errors = null;
        if (assessment.RubricId is { } rubricId && !string.Equals(rubricId, Rubric.Id, StringComparison.Ordinal))
        {
            (errors ??= []).Add(new ScoringError(ScoringErrorCode.RubricMismatch, null, null, null, $"The assessment is for rubric '{rubricId}'; expected '{Rubric.Id}'."));
        }

        var adjustments = new List<Adjustment>();
        var self = ScoreSide(assessment, Engine.ScoreSide.Self, adjustments, ref errors);
        var assessor = ScoreSide(assessment, Engine.ScoreSide.Assessor, adjustments, ref errors);
        if (errors is not null)
        {
            return ScoringResult.Failure(assessment, errors);
        }

        return ScoringResult.Success(Assemble(assessment, self, assessor, adjustments));
    }

    internal int ItemIndex(string itemId) => Lookup(_itemIndex, itemId, "item");

    internal int StageIndex(string stageId) => Lookup(_stageIndex, stageId, "stage");

    internal int TaskIndex(string taskId) => Lookup(_taskIndex, taskId, "task");

    internal bool HasItem(string itemId) => _itemIndex.ContainsKey(itemId);

    internal Stage StageOf(int itemIndex) => _stages[_itemStage[itemIndex]];

    internal RubricTask TaskOf(int itemIndex) => Rubric.Tasks[_stageTask[_itemStage[itemIndex]]];

    internal decimal StageScore(int stage, decimal[] scores, List<Adjustment> adjustments, ScoreSide side)
    {
        var sum = 0m;
        for (var i = _stageStart[stage]; i < _stageStart[stage + 1]; i++)
        {
            sum += scores[i];
        }

        return Adjusted(sum, AdjustmentScope.Stage, _stages[stage].Id, adjustments, side);
    }

    internal decimal TaskScore(int task, decimal[] scores, List<Adjustment> adjustments, ScoreSide side)
    {
        var sum = 0m;
        for (var s = _taskStageStart[task]; s < _taskStageStart[task + 1]; s++)
        {
            sum += StageScore(s, scores, adjustments, side);
        }

        return Adjusted(sum, AdjustmentScope.Task, Rubric.Tasks[task].Id, adjustments, side);
    }

    internal decimal Total(decimal[] scores, List<Adjustment> adjustments, ScoreSide side)
    {
        var sum = 0m;
        for (var t = 0; t < Rubric.Tasks.Count; t++)
        {
            sum += TaskScore(t, scores, adjustments, side);
        }

        return Adjusted(sum, AdjustmentScope.Total, null, adjustments, side);
    }

    private static decimal Adjusted(decimal sum, AdjustmentScope scope, string? targetId, List<Adjustment> adjustments, ScoreSide side)
    {
        foreach (var adjustment in adjustments)
        {
            if (adjustment.Side == side && adjustment.Scope == scope && string.Equals(adjustment.TargetId, targetId, StringComparison.Ordinal))
            {
                sum += adjustment.Amount;
            }
        }

        // An adjustment may take a stage to zero but never below: a score is never negative.
        return Math.Max(0m, sum);
    }

    private static int Lookup(FrozenDictionary<string, int> index, string id, string what)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"The rubric has no {what} '{id}'.");
    }

    private (decimal[] Scores, Deduction?[] Deductions)? ScoreSide(Assessment assessment, ScoreSide side, List<Adjustment> adjustments, ref List<ScoringError>? errors)
    {
        var column = assessment.ColumnCore(side);
        if (column is null)
        {
            return null;
        }

        var errorsBefore = errors?.Count ?? 0;
        foreach (var itemId in column.Keys)
        {
            if (!_itemIndex.ContainsKey(itemId))
            {
                (errors ??= []).Add(new ScoringError(ScoringErrorCode.UnknownItem, side, itemId, null, $"The rubric has no item '{itemId}'."));
            }
        }

        var scores = new decimal[_items.Length];
        var deductions = new Deduction?[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            RuleOutcome outcome;
            column.TryGetValue(item.Id, out var observation);
            if (observation is null)
            {
                if (Rubric.MissingObservations == MissingObservationPolicy.Error)
                {
                    (errors ??= []).Add(new ScoringError(ScoringErrorCode.MissingObservation, side, item.Id, null, $"No observation for item '{item.Id}'; the rubric requires one for every item."));
                    continue;
                }

                outcome = RuleOutcome.Lost(item.Points, DeductionReason.NotObserved);
            }
            else
            {
                outcome = _evaluators[i].Evaluate(new RuleContext(item, side, observation));
                if (outcome.IsError)
                {
                    (errors ??= []).Add(new ScoringError(outcome.ErrorCode, side, item.Id, outcome.ErrorKey, outcome.ErrorMessage!));
                    continue;
                }
            }

            // The item's points bound every rule, custom ones included.
            var loss = Math.Clamp(outcome.Loss, 0m, item.Points);
            scores[i] = item.Points - loss;
            if (loss > 0m)
            {
                deductions[i] = new Deduction(item, side, outcome, loss, observation, observation is null ? null : _evaluators[i]);
            }
        }

        if ((errors?.Count ?? 0) > errorsBefore)
        {
            return null;
        }

        if (_steps.Length > 0)
        {
            var context = new ScoringStepContext(this, assessment, side, scores, deductions, adjustments);
            foreach (var step in _steps)
            {
                context.StepName = step.Name;
                step.Apply(context);
            }
        }

        return (scores, deductions);
    }

    private Scorecard Assemble(Assessment assessment, (decimal[] Scores, Deduction?[] Deductions)? self, (decimal[] Scores, Deduction?[] Deductions)? assessor, List<Adjustment> adjustments)
    {
        var tasks = new TaskResult[Rubric.Tasks.Count];
        for (var t = 0; t < tasks.Length; t++)
        {
            var stages = new StageResult[_taskStageStart[t + 1] - _taskStageStart[t]];
            for (var s = _taskStageStart[t]; s < _taskStageStart[t + 1]; s++)
            {
                var items = new ItemResult[_stageStart[s + 1] - _stageStart[s]];
                for (var i = _stageStart[s]; i < _stageStart[s + 1]; i++)
                {
                    items[i - _stageStart[s]] = new ItemResult(
                        _items[i],
                        new ScorePair(self?.Scores[i], assessor?.Scores[i]),
                        self?.Deductions[i],
                        assessor?.Deductions[i]);
                }

                stages[s - _taskStageStart[t]] = new StageResult(_stages[s], Pair(self, assessor, (scores, side) => StageScore(s, scores, adjustments, side)), items);
            }

            tasks[t] = new TaskResult(Rubric.Tasks[t], Pair(self, assessor, (scores, side) => TaskScore(t, scores, adjustments, side)), stages);
        }

        var total = Pair(self, assessor, (scores, side) => Total(scores, adjustments, side));
        return new Scorecard(Rubric, assessment, tasks, total, adjustments.ToArray());
    }

    private static ScorePair Pair((decimal[] Scores, Deduction?[] Deductions)? self, (decimal[] Scores, Deduction?[] Deductions)? assessor, Func<decimal[], ScoreSide, decimal> score) =>
        new(self is { } s ? score(s.Scores, Engine.ScoreSide.Self) : null, assessor is { } a ? score(a.Scores, Engine.ScoreSide.Assessor) : null);
}
