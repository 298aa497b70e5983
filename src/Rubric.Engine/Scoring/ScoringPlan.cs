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

    /// <summary>
    /// The item ids, interned: a loader that reads an id as the interned string (the fast path
    /// does, with string.IsInterned) gives observations that match their item by reference.
    /// </summary>
    private readonly string[] _itemIds;

    /// <summary>The rubric id, interned for the same reason.</summary>
    private readonly string _rubricId;
    private readonly IRuleEvaluator[] _evaluators;
    private readonly BuiltInKind[] _kinds;
    private readonly ItemScoreTable?[] _tables;
    private readonly int[] _itemStage;
    private readonly Stage[] _stages;
    private readonly int[] _stageStart;
    private readonly int[] _stageTask;
    private readonly int[] _taskStageStart;
    private readonly FrozenDictionary<string, int> _itemIndex;
    private readonly FrozenDictionary<string, int> _stageIndex;
    private readonly FrozenDictionary<string, int> _taskIndex;
    private readonly IScoringStep[] _steps;

    /// <summary>The most scores of a column packed on the stack while it is summed (8 KiB); a larger rubric sums decimals.</summary>
    private const int MaxPackedScores = 1024;

    internal ScoringPlan(RubricDefinition rubric, IReadOnlyDictionary<Type, IRuleEvaluator> evaluators, IScoringStep[] steps)
    {
        Rubric = rubric;
        _steps = steps;
        _items = [.. rubric.Items];
        _itemIds = Array.ConvertAll(_items, static item => string.Intern(item.Id));
        _rubricId = string.Intern(rubric.Id);
        _evaluators = new IRuleEvaluator[_items.Length];
        _kinds = new BuiltInKind[_items.Length];
        _tables = new ItemScoreTable?[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            var ruleType = _items[i].Rule.GetType();
            _evaluators[i] = evaluators.TryGetValue(ruleType, out var evaluator)
                ? evaluator
                : throw new InvalidOperationException($"Item '{_items[i].Id}' uses the rule kind '{_items[i].Rule.Kind}' ({ruleType.Name}), which this engine has no evaluator for. Register one with ScoringEngineBuilder.AddRuleKind.");
            _kinds[i] = InlineRules.KindOf(evaluator);
            _tables[i] = ItemScoreTable.For(_items[i], _kinds[i]);
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
        if (assessment.RubricId is { } rubricId && !ReferenceEquals(rubricId, _rubricId) && !string.Equals(rubricId, _rubricId, StringComparison.Ordinal))
        {
            (errors ??= []).Add(new ScoringError(ScoringErrorCode.RubricMismatch, null, null, null, $"The assessment is for rubric '{rubricId}'; expected '{Rubric.Id}'."));
        }

        // Without steps nothing can adjust a score, so no list is needed.
        var adjustments = _steps.Length > 0 ? new List<Adjustment>() : null;
        var self = ScoreColumn(assessment, Engine.ScoreSide.Self, adjustments, ref errors, out var selfDeductions);
        var assessor = ScoreColumn(assessment, Engine.ScoreSide.Assessor, adjustments, ref errors, out var assessorDeductions);
        if (errors is not null)
        {
            return ScoringResult.Failure(assessment, errors);
        }

        Adjustment[] recorded = adjustments is { Count: > 0 } ? [.. adjustments] : [];
        return ScoringResult.Success(new Scorecard(this, assessment, self, selfDeductions, assessor, assessorDeductions, recorded));
    }

    /// <summary>The items, in sheet order.</summary>
    internal Item[] Items => _items;

    /// <summary>The stages of every task, in sheet order.</summary>
    internal Stage[] Stages => _stages;

    /// <summary>For each stage, the index of its first item; one extra entry closes the last stage.</summary>
    internal int[] StageStart => _stageStart;

    /// <summary>For each task, the index of its first stage; one extra entry closes the last task.</summary>
    internal int[] TaskStageStart => _taskStageStart;

    /// <summary>Where a column's stage scores start in its values array; the task scores and the total follow.</summary>
    internal int StageOffset => _items.Length;

    /// <summary>Where a column's task scores start in its values array.</summary>
    internal int TaskOffset => _items.Length + _stages.Length;

    internal bool TryGetItemIndex(string itemId, out int index) => _itemIndex.TryGetValue(itemId, out index);

    internal bool TryGetStageIndex(string stageId, out int index) => _stageIndex.TryGetValue(stageId, out index);

    internal bool TryGetTaskIndex(string taskId, out int index) => _taskIndex.TryGetValue(taskId, out index);

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

    /// <summary>
    /// Scores one column into one array: the item scores in sheet order, then every stage, every
    /// task and the total, so a scorecard needs no further objects until someone asks for them.
    /// </summary>
    private decimal[]? ScoreColumn(Assessment assessment, ScoreSide side, List<Adjustment>? adjustments, ref List<ScoringError>? errors, out Deduction?[]? deductions)
    {
        deductions = null;
        var inOrder = assessment.ColumnInOrder(side);
        if (inOrder is null)
        {
            return null;
        }

        // The column by item id is needed only for observations out of sheet order.
        FrozenDictionary<string, Observation>? column = null;
        var errorsBefore = errors?.Count ?? 0;
        var items = _items;
        var evaluators = _evaluators;
        var kinds = _kinds;

        // A table yields only the score; a step may need this column's deductions while it runs.
        var tables = _steps.Length == 0 ? _tables : null;
        var values = new decimal[_items.Length + _stages.Length + _taskStageStart.Length];

        // Every score packed in whole units beside its decimal, for sums without decimal addition (see PointsSum).
        var packed = tables is not null && values.Length <= MaxPackedScores ? stackalloc long[values.Length] : default;
        packed.Fill(PointsSum.Unknown);
        var spare = 0L;
        var observed = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];

            // Observations usually arrive in sheet order; check that position before hashing the id.
            var observation = AtPosition(inOrder, i, _itemIds[i]);
            if (observation is null)
            {
                (column ??= assessment.ColumnCore(side)!).TryGetValue(item.Id, out observation);
            }

            RuleOutcome outcome;
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
                observed++;
                if (tables is not null && tables[i] is { } table)
                {
                    if (table.TryScore(observation, out values[i], out (packed.IsEmpty ? ref spare : ref packed[i])))
                    {
                        continue;
                    }

                    // Not covered: the score worked out below is packed from its decimal when summed.
                    if (!packed.IsEmpty)
                    {
                        packed[i] = PointsSum.Unknown;
                    }
                }

                var verdict = InlineRules.Apply(kinds[i], item, observation, out outcome);
                if (verdict == InlineRules.Verdict.NoLoss)
                {
                    values[i] = item.Points;
                    continue;
                }

                if (verdict == InlineRules.Verdict.Lost)
                {
                    // A built-in rule validated against the item never takes less than 0 or more than its points.
                    values[i] = item.Points - outcome.Loss;

                    // Built-in rules are pure, so unless a step needs it now the deduction is
                    // worked out again from the observation when first read (see ResolveDeductions).
                    if (_steps.Length > 0)
                    {
                        (deductions ??= new Deduction?[items.Length])[i] = new Deduction(item, side, outcome, outcome.Loss, observation, evaluators[i]);
                    }

                    continue;
                }

                if (verdict == InlineRules.Verdict.Evaluate)
                {
                    outcome = evaluators[i].Evaluate(new RuleContext(item, side, observation));
                    if (outcome.IsError)
                    {
                        (errors ??= []).Add(new ScoringError(outcome.ErrorCode, side, item.Id, outcome.ErrorKey, outcome.ErrorMessage!));
                        continue;
                    }
                }
            }

            // The item's points bound every rule, custom ones included.
            var loss = Math.Clamp(outcome.Loss, 0m, item.Points);
            values[i] = item.Points - loss;
            if (loss > 0m)
            {
                (deductions ??= new Deduction?[items.Length])[i] = new Deduction(item, side, outcome, loss, observation, observation is null ? null : evaluators[i]);
            }
        }

        // Ids in a column are unique (the assessment checks), so when every observation matched an item none is unknown.
        if (observed != inOrder.Length)
        {
            ReportUnknownItems(column ?? assessment.ColumnCore(side)!, side, errorsBefore, ref errors);
        }

        if ((errors?.Count ?? 0) > errorsBefore)
        {
            deductions = null;
            return null;
        }

        if (_steps.Length > 0)
        {
            deductions ??= new Deduction?[items.Length];
            var context = new ScoringStepContext(this, assessment, side, values, deductions, adjustments!);
            foreach (var step in _steps)
            {
                context.StepName = step.Name;
                step.Apply(context);
            }
        }

        SumUp(values, packed, adjustments, side);
        return values;
    }

    /// <summary>
    /// Every deduction of a scored column: those made while scoring, plus one for each item a
    /// built-in rule applied inline took points from, worked out again from its observation.
    /// </summary>
    internal Deduction?[] ResolveDeductions(Assessment assessment, ScoreSide side, decimal[] values, Deduction?[]? made)
    {
        var deductions = made is null ? new Deduction?[_items.Length] : (Deduction?[])made.Clone();
        var inOrder = assessment.ColumnInOrder(side)!;
        FrozenDictionary<string, Observation>? column = null;
        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            if (deductions[i] is not null || _kinds[i] == BuiltInKind.None || values[i] >= item.Points)
            {
                continue;
            }

            // As while scoring: the observation at the item's position, else the one with its id.
            var observation = AtPosition(inOrder, i, _itemIds[i]) ?? (column ??= assessment.ColumnCore(side)!)[item.Id];
            if (InlineRules.Apply(_kinds[i], item, observation, out var outcome) != InlineRules.Verdict.Lost)
            {
                throw new InvalidOperationException($"Item '{item.Id}' scored {PointsFormat.Format(values[i])} but its rule no longer takes points; rules must be pure.");
            }

            deductions[i] = new Deduction(item, side, outcome, outcome.Loss, observation, _evaluators[i]);
        }

        return deductions;
    }

    /// <summary>The observation at an item's position when it is that item's (ids from one source are one string, so references first).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Observation? AtPosition(Observation[] inOrder, int index, string itemId)
    {
        if (index >= inOrder.Length)
        {
            return null;
        }

        var observation = inOrder[index];
        return ReferenceEquals(observation.ItemId, itemId) || string.Equals(observation.ItemId, itemId, StringComparison.Ordinal) ? observation : null;
    }

    /// <summary>Reports observations for items the rubric lacks, ahead of the column's other errors, as they always were.</summary>
    private void ReportUnknownItems(FrozenDictionary<string, Observation> column, ScoreSide side, int errorsBefore, ref List<ScoringError>? errors)
    {
        List<ScoringError>? unknown = null;
        foreach (var itemId in column.Keys)
        {
            if (!_itemIndex.ContainsKey(itemId))
            {
                (unknown ??= []).Add(new ScoringError(ScoringErrorCode.UnknownItem, side, itemId, null, $"The rubric has no item '{itemId}'."));
            }
        }

        if (unknown is not null)
        {
            (errors ??= []).InsertRange(errorsBefore, unknown);
        }
    }

    /// <summary>Fills in the stage, task and total scores after the item scores, each level once from the level below.</summary>
    private void SumUp(decimal[] values, Span<long> packed, List<Adjustment>? adjustments, ScoreSide side)
    {
        var stageOffset = _items.Length;
        var taskOffset = stageOffset + _stages.Length;
        if (adjustments is null && !packed.IsEmpty)
        {
            for (var s = 0; s < _stages.Length; s++)
            {
                Range stage = _stageStart[s].._stageStart[s + 1];
                values[stageOffset + s] = PointsSum.NotBelowZero(values.AsSpan(stage), packed[stage], out packed[stageOffset + s]);
            }

            for (var t = 0; t < _taskStageStart.Length - 1; t++)
            {
                Range task = (stageOffset + _taskStageStart[t])..(stageOffset + _taskStageStart[t + 1]);
                values[taskOffset + t] = PointsSum.NotBelowZero(values.AsSpan(task), packed[task], out packed[taskOffset + t]);
            }

            values[^1] = PointsSum.NotBelowZero(values.AsSpan(taskOffset..^1), packed[taskOffset..^1], out _);
            return;
        }

        for (var s = 0; s < _stages.Length; s++)
        {
            var sum = 0m;
            for (var i = _stageStart[s]; i < _stageStart[s + 1]; i++)
            {
                sum += values[i];
            }

            values[stageOffset + s] = adjustments is null ? Math.Max(0m, sum) : Adjusted(sum, AdjustmentScope.Stage, _stages[s].Id, adjustments, side);
        }

        var total = 0m;
        var tasks = Rubric.Tasks;
        for (var t = 0; t < tasks.Count; t++)
        {
            var sum = 0m;
            for (var s = _taskStageStart[t]; s < _taskStageStart[t + 1]; s++)
            {
                sum += values[stageOffset + s];
            }

            var score = adjustments is null ? Math.Max(0m, sum) : Adjusted(sum, AdjustmentScope.Task, tasks[t].Id, adjustments, side);
            values[taskOffset + t] = score;
            total += score;
        }

        values[^1] = adjustments is null ? Math.Max(0m, total) : Adjusted(total, AdjustmentScope.Total, null, adjustments, side);
    }
}
