namespace Rubric.Engine;

/// <summary>
/// The scored sheet of one unit: every item, stage and task in both columns, the total, the gap
/// between self and assessor scores, and every deduction and adjustment behind them. Immutable:
/// made whole by <see cref="ScoringPlan.Score"/>, which records each deduction as it scores.
/// </summary>
public sealed class Scorecard
{
    private readonly ScoringPlan _plan;
    private readonly TaskResult[] _tasks;
    private readonly StageResult[] _stages;
    private readonly ScoredItems _items;
    private readonly ItemResultList _itemList;

    internal Scorecard(ScoringPlan plan, Assessment assessment, TaskResult[] tasks, StageResult[] stages, ScoredItems items, ScorePair total, IReadOnlyList<Adjustment> adjustments)
    {
        _plan = plan;
        Rubric = plan.Rubric;
        Assessment = assessment;
        _tasks = tasks;
        _stages = stages;
        _items = items;
        _itemList = new ItemResultList(items, 0, items.Count);
        Total = total;
        Adjustments = adjustments;
    }

    /// <summary>The rubric scored against.</summary>
    public RubricDefinition Rubric { get; }

    /// <summary>The assessment scored.</summary>
    public Assessment Assessment { get; }

    /// <summary>The unit scored.</summary>
    public string UnitId => Assessment.UnitId;

    /// <summary>The tasks' results, in sheet order.</summary>
    public IReadOnlyList<TaskResult> Tasks => _tasks;

    /// <summary>The total in both columns.</summary>
    public ScorePair Total { get; }

    /// <summary>The score that counts: the assessor total when filled, else the self total.</summary>
    public decimal Score => Total.Final ?? 0m;

    /// <summary>The adjustments the pipeline steps made, in order.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>Every stage's result, in sheet order.</summary>
    public IEnumerable<StageResult> Stages => _stages;

    /// <summary>Every item's result, in sheet order.</summary>
    public IEnumerable<ItemResult> Items => _itemList;

    /// <summary>The column that counts: assessor when filled, else self.</summary>
    public ScoreSide FinalSide => Assessment.HasAssessor ? ScoreSide.Assessor : ScoreSide.Self;

    /// <summary>Every deduction of one column, in sheet order.</summary>
    /// <param name="side">The column.</param>
    /// <returns>The deductions.</returns>
    public IEnumerable<Deduction> Deductions(ScoreSide side)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items.Deduction(i, side) is { } deduction)
            {
                yield return deduction;
            }
        }
    }

    /// <summary>Whether a veto adjustment applies to a column.</summary>
    /// <param name="side">The column.</param>
    /// <returns>Whether a veto applies.</returns>
    public bool IsVetoed(ScoreSide side)
    {
        foreach (var adjustment in Adjustments)
        {
            if (adjustment.IsVeto && adjustment.Side == side)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds an item's result.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public ItemResult? FindItem(string itemId) =>
        itemId is not null && _plan.TryGetItemIndex(itemId, out var index) ? new ItemResult(_items, index) : null;

    /// <summary>Finds a stage's result.</summary>
    /// <param name="stageId">The stage id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public StageResult? FindStage(string stageId) =>
        stageId is not null && _plan.TryGetStageIndex(stageId, out var index) ? _stages[index] : null;

    /// <summary>Finds a task's result.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public TaskResult? FindTask(string taskId) =>
        taskId is not null && _plan.TryGetTaskIndex(taskId, out var index) ? _tasks[index] : null;

    /// <summary>How many items lost points in a column (none for a column not filled).</summary>
    internal int ItemsLost(ScoreSide side)
    {
        var lost = 0;
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items.Deduction(i, side) is not null)
            {
                lost++;
            }
        }

        return lost;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{UnitId}: {PointsFormat.Format(Score)} / {PointsFormat.Format(Rubric.Points)}";
}
