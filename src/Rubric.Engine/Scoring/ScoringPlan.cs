using System.Collections.Frozen;

namespace Rubric.Engine;

/// <summary>
/// A rubric compiled for one engine: every item's rule bound to its kind's evaluator in a flat array, so
/// scoring walks arrays instead of the tree. Immutable and safe to share between threads.
/// Get one from <see cref="ScoringEngine.Compile"/>.
/// </summary>
public sealed class ScoringPlan
{
    private readonly Item[] _items;
    private readonly CompiledRule[] _rules;
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
        _rules = new CompiledRule[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            var ruleType = _items[i].Rule.GetType();
            _rules[i] = evaluators.TryGetValue(ruleType, out var evaluator)
                ? CompiledRule.Compile(evaluator, _items[i])
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

    /// <summary>
    /// Scores one assessment: each item through its rule kind's evaluator, in both columns, then
    /// the pipeline steps, then the stage, task and total sums. The scorecard's result objects
    /// and deductions are made here, once; nothing is worked out again when they are read.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The scorecard, or every error that prevented one.</returns>
    public ScoringResult Score(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var self = new Column(assessment.ColumnInOrder(ScoreSide.Self), ScoreSide.Self);
        var assessor = new Column(assessment.ColumnInOrder(ScoreSide.Assessor), ScoreSide.Assessor);
        var items = new ScoredItems(_items, self.InOrder is not null, assessor.InOrder is not null);
        for (var i = 0; i < _items.Length; i++)
        {
            ScoreItem(i, ref self, items);
            ScoreItem(i, ref assessor, items);
        }

        ReportUnknownItems(ref self);
        ReportUnknownItems(ref assessor);
        var mismatch = assessment.RubricId is { } rubricId && !string.Equals(rubricId, Rubric.Id, StringComparison.Ordinal);
        if (mismatch || self.Errors is not null || assessor.Errors is not null)
        {
            List<ScoringError> errors = [];
            if (mismatch)
            {
                errors.Add(new ScoringError(ScoringErrorCode.RubricMismatch, null, null, null, $"The assessment is for rubric '{assessment.RubricId}'; expected '{Rubric.Id}'."));
            }

            errors.AddRange(self.Errors ?? []);
            errors.AddRange(assessor.Errors ?? []);
            return ScoringResult.Failure(assessment, errors);
        }

        // Without steps nothing can adjust a score, so no list is needed.
        List<Adjustment>? adjustments = null;
        if (_steps.Length > 0)
        {
            adjustments = [];
            RunSteps(assessment, ScoreSide.Self, items, adjustments);
            RunSteps(assessment, ScoreSide.Assessor, items, adjustments);
        }

        return ScoringResult.Success(Sum(assessment, items, adjustments));
    }

    /// <summary>The items, in sheet order.</summary>
    internal Item[] Items => _items;

    internal bool TryGetItemIndex(string itemId, out int index) => _itemIndex.TryGetValue(itemId, out index);

    internal bool TryGetStageIndex(string stageId, out int index) => _stageIndex.TryGetValue(stageId, out index);

    internal bool TryGetTaskIndex(string taskId, out int index) => _taskIndex.TryGetValue(taskId, out index);

    internal int ItemIndex(string itemId) => Lookup(_itemIndex, itemId, "item");

    internal int StageIndex(string stageId) => Lookup(_stageIndex, stageId, "stage");

    internal int TaskIndex(string taskId) => Lookup(_taskIndex, taskId, "task");

    internal Stage StageOf(int itemIndex) => _stages[_itemStage[itemIndex]];

    internal RubricTask TaskOf(int itemIndex) => Rubric.Tasks[_stageTask[_itemStage[itemIndex]]];

    internal int StageCount => _stages.Length;

    /// <summary>How many scores <see cref="Levels"/> writes for a column: every stage, every task, then the total.</summary>
    internal int LevelCount => _stages.Length + Rubric.Tasks.Count + 1;

    /// <summary>
    /// Every stage's, task's and the total's score in one column, in that order, each level summed
    /// once from the level below and then adjusted (what each adjustment applied goes to
    /// <paramref name="applied"/>): the one place scoring and the pipeline steps get their sums.
    /// </summary>
    internal void Levels(ScoredItems items, List<Adjustment>? adjustments, ScoreSide side, Span<decimal> levels, decimal[]? applied)
    {
        for (var s = 0; s < _stages.Length; s++)
        {
            var sum = items.Sum(_stageStart[s], _stageStart[s + 1], side);
            levels[s] = Adjusted(sum, AdjustmentScope.Stage, _stages[s].Id, Ceiling(_stages[s].Points), adjustments, side, applied);
        }

        var total = 0m;
        for (var t = 0; t < Rubric.Tasks.Count; t++)
        {
            var sum = 0m;
            for (var s = _taskStageStart[t]; s < _taskStageStart[t + 1]; s++)
            {
                sum += levels[s];
            }

            var task = Adjusted(sum, AdjustmentScope.Task, Rubric.Tasks[t].Id, Ceiling(Rubric.Tasks[t].Points), adjustments, side, applied);
            levels[_stages.Length + t] = task;
            total += task;
        }

        levels[^1] = Adjusted(total, AdjustmentScope.Total, null, Ceiling(Rubric.Points), adjustments, side, applied);
    }

    /// <summary>The most a stage, task or the total of these points may reach once adjusted.</summary>
    private decimal Ceiling(decimal points) => Rubric.BonusAbovePoints ? decimal.MaxValue : points;

    /// <summary>
    /// A sum with the adjustments aimed at its stage, task or the total, each applied in turn and
    /// kept within 0 and <paramref name="ceiling"/>; what each applied goes to <paramref name="applied"/>.
    /// </summary>
    private static decimal Adjusted(decimal sum, AdjustmentScope scope, string? targetId, decimal ceiling, List<Adjustment>? adjustments, ScoreSide side, decimal[]? applied)
    {
        for (var i = 0; adjustments is not null && i < adjustments.Count; i++)
        {
            var adjustment = adjustments[i];
            if (adjustment.Side == side && adjustment.Scope == scope && string.Equals(adjustment.TargetId, targetId, StringComparison.Ordinal))
            {
                // Within the bounds before it (an item sum may exceed a stage's stated points), and after it.
                var before = Math.Clamp(sum, 0m, Math.Max(ceiling, sum));
                sum = Math.Clamp(before + adjustment.Amount, 0m, Math.Max(ceiling, before));
                applied?[i] = sum - before;
            }
        }

        // A score is never negative. Math.Max(0m, sum) by the sign alone, which needs no scaling to
        // compare (zero gives 0m, as Max does).
        return decimal.Sign(sum) > 0 ? sum : 0m;
    }

    private static int Lookup(FrozenDictionary<string, int> index, string id, string what)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"The rubric has no {what} '{id}'.");
    }

    /// <summary>
    /// One item in one column: its observation through the item's evaluator, the loss bounded by
    /// the item's points (custom rules included), and the deduction when it lost any. Nothing when
    /// the column was not filled or the item could not be scored (the error is recorded).
    /// </summary>
    private void ScoreItem(int index, ref Column column, ScoredItems items)
    {
        if (column.InOrder is null)
        {
            return;
        }

        var item = _items[index];
        var observation = Find(index, ref column);
        RuleOutcome outcome;
        if (observation is null)
        {
            if (Rubric.MissingObservations == MissingObservationPolicy.Error)
            {
                column.Fail(new ScoringError(ScoringErrorCode.MissingObservation, column.Side, item.Id, null, $"No observation for item '{item.Id}'; the rubric requires one for every item."));
                return;
            }

            outcome = RuleOutcome.Lost(item.Points, DeductionReason.NotObserved);
        }
        else
        {
            outcome = _rules[index].Evaluate(new RuleContext(item, column.Side, observation));
            if (outcome.IsError)
            {
                column.Fail(new ScoringError(outcome.ErrorCode, column.Side, item.Id, outcome.ErrorKey, outcome.ErrorMessage!));
                return;
            }
        }

        var loss = outcome.LossOn(item);
        if (decimal.Sign(loss) == 0)
        {
            items.Set(index, column.Side, item.Points, null);
            return;
        }

        items.Set(index, column.Side, item.Points - loss, new Deduction(item, column.Side, outcome, loss, observation, observation is null ? null : _rules[index].Evaluator));
    }

    /// <summary>
    /// An item's observation in a column. Observations usually come in sheet order, so the one at
    /// the item's position is tried first; the first that is not sends the column through the
    /// item index once, into a table by item position.
    /// </summary>
    private Observation? Find(int index, ref Column column)
    {
        var inOrder = column.InOrder!;
        if (column.ByItem is null && index < inOrder.Length && string.Equals(inOrder[index].ItemId, _items[index].Id, StringComparison.Ordinal))
        {
            column.Matched++;
            return inOrder[index];
        }

        if (column.ByItem is null)
        {
            column.ByItem = new Observation?[_items.Length];
            column.Matched = 0;
            foreach (var observation in inOrder)
            {
                if (_itemIndex.TryGetValue(observation.ItemId, out var at))
                {
                    column.ByItem[at] = observation;
                    column.Matched++;
                }
            }
        }

        return column.ByItem[index];
    }

    /// <summary>Reports observations for items the rubric lacks, in the column's order, ahead of the column's other errors.</summary>
    private void ReportUnknownItems(ref Column column)
    {
        if (column.InOrder is not { } inOrder || column.Matched == inOrder.Length)
        {
            return;
        }

        List<ScoringError> unknown = [];
        foreach (var observation in inOrder)
        {
            if (!_itemIndex.ContainsKey(observation.ItemId))
            {
                unknown.Add(new ScoringError(ScoringErrorCode.UnknownItem, column.Side, observation.ItemId, null, $"The rubric has no item '{observation.ItemId}'."));
            }
        }

        column.Errors = column.Errors is null ? unknown : [.. unknown, .. column.Errors];
    }

    private void RunSteps(Assessment assessment, ScoreSide side, ScoredItems items, List<Adjustment> adjustments)
    {
        if (assessment.ColumnInOrder(side) is null)
        {
            return;
        }

        var context = new ScoringStepContext(this, assessment, side, items, adjustments);
        foreach (var step in _steps)
        {
            context.StepName = step.Name;
            step.Apply(context);
        }
    }

    /// <summary>The stage, task and total results of the columns filled.</summary>
    private Scorecard Sum(Assessment assessment, ScoredItems items, List<Adjustment>? adjustments)
    {
        var applied = adjustments is { Count: > 0 } ? new decimal[adjustments.Count] : null;

        // Both columns' levels side by side, on the stack unless the rubric is unusually large.
        var count = LevelCount;
        var levels = count <= 64 ? stackalloc decimal[2 * count] : new decimal[2 * count];
        var self = levels[..count];
        var assessor = levels.Slice(count, count);
        if (items.HasSelf)
        {
            Levels(items, adjustments, ScoreSide.Self, self, applied);
        }

        if (items.HasAssessor)
        {
            Levels(items, adjustments, ScoreSide.Assessor, assessor, applied);
        }

        var stages = new StageResult[_stages.Length];
        for (var s = 0; s < stages.Length; s++)
        {
            stages[s] = new StageResult(_stages[s], items.Pair(self[s], assessor[s]), new ItemResultList(items, _stageStart[s], _stageStart[s + 1] - _stageStart[s]));
        }

        var tasks = new TaskResult[Rubric.Tasks.Count];
        for (var t = 0; t < tasks.Length; t++)
        {
            var at = stages.Length + t;
            tasks[t] = new TaskResult(Rubric.Tasks[t], items.Pair(self[at], assessor[at]), stages[_taskStageStart[t].._taskStageStart[t + 1]]);
        }

        Adjustment[] recorded = applied is null ? [] : [.. adjustments!.Select((a, i) => a.WithApplied(applied[i]))];
        return new Scorecard(this, assessment, tasks, stages, items, items.Pair(self[^1], assessor[^1]), recorded);
    }

    /// <summary>One column while it is scored: its observations, how they were found, and its errors.</summary>
    private struct Column(Observation[]? inOrder, ScoreSide side)
    {
        public readonly Observation[]? InOrder = inOrder;
        public readonly ScoreSide Side = side;

        /// <summary>The observations by item position, made at the first one out of sheet order.</summary>
        public Observation?[]? ByItem;

        /// <summary>How many observations matched an item; fewer than the column holds means some name no item.</summary>
        public int Matched;

        public List<ScoringError>? Errors;

        public void Fail(ScoringError error) => (Errors ??= []).Add(error);
    }
}
