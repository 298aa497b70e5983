namespace Rubric.Engine;

/// <summary>
/// What an <see cref="IScoringStep"/> sees of one column of one assessment: the item scores and
/// deductions, the stage, task and total scores so far, and <see cref="Adjust"/> to change them.
/// </summary>
public sealed class ScoringStepContext
{
    private readonly ScoringPlan _plan;
    private readonly ScoredItems _items;
    private readonly List<Adjustment> _adjustments;

    internal ScoringStepContext(ScoringPlan plan, Assessment assessment, ScoreSide side, ScoredItems items, List<Adjustment> adjustments)
    {
        _plan = plan;
        Assessment = assessment;
        Side = side;
        _items = items;
        _adjustments = adjustments;
    }

    internal string StepName { get; set; } = string.Empty;

    /// <summary>The rubric.</summary>
    public RubricDefinition Rubric => _plan.Rubric;

    /// <summary>The assessment.</summary>
    public Assessment Assessment { get; }

    /// <summary>The column being scored.</summary>
    public ScoreSide Side { get; }

    /// <summary>The adjustments made to this column so far.</summary>
    public IReadOnlyList<Adjustment> Adjustments => _adjustments;

    /// <summary>An item's score in this column.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">The rubric has no such item.</exception>
    public decimal ItemScore(string itemId) => _items.Get(_plan.ItemIndex(itemId), Side);

    /// <summary>An item's deduction in this column.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The deduction, or <see langword="null"/> when the item lost nothing.</returns>
    /// <exception cref="KeyNotFoundException">The rubric has no such item.</exception>
    public Deduction? DeductionFor(string itemId) => _items.Deduction(_plan.ItemIndex(itemId), Side);

    /// <summary>A stage's score so far, adjustments included.</summary>
    /// <param name="stageId">The stage id.</param>
    /// <returns>The score.</returns>
    public decimal StageScore(string stageId) => Level(_plan.StageIndex(stageId));

    /// <summary>A task's score so far, adjustments included.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>The score.</returns>
    public decimal TaskScore(string taskId) => Level(_plan.StageCount + _plan.TaskIndex(taskId));

    /// <summary>The total so far, adjustments included.</summary>
    public decimal Total => Level(_plan.LevelCount - 1);

    /// <summary>The stage an item belongs to.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The stage.</returns>
    public Stage StageOf(string itemId) => _plan.StageOf(_plan.ItemIndex(itemId));

    /// <summary>The task an item belongs to.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The task.</returns>
    public RubricTask TaskOf(string itemId) => _plan.TaskOf(_plan.ItemIndex(itemId));

    /// <summary>Adds to or takes from a stage, a task or the total.</summary>
    /// <param name="scope">What to change.</param>
    /// <param name="targetId">The stage or task id; <see langword="null"/> for the total.</param>
    /// <param name="amount">Points to add (positive) or take (negative).</param>
    /// <param name="reason">Why, in both languages.</param>
    /// <param name="isVeto">Whether it is a veto.</param>
    /// <returns>The adjustment recorded.</returns>
    public Adjustment Adjust(AdjustmentScope scope, string? targetId, decimal amount, LocalizedText reason, bool isVeto = false)
    {
        switch (scope)
        {
            case AdjustmentScope.Stage:
                _plan.StageIndex(targetId ?? throw new ArgumentNullException(nameof(targetId)));
                break;
            case AdjustmentScope.Task:
                _plan.TaskIndex(targetId ?? throw new ArgumentNullException(nameof(targetId)));
                break;
        }

        var adjustment = new Adjustment(Side, scope, targetId, amount, StepName, reason, isVeto);
        _adjustments.Add(adjustment);
        return adjustment;
    }

    /// <summary>
    /// A stage's, task's or the total's score in this column with the adjustments made so far; the
    /// whole column is summed as scoring sums it, which for the few steps that ask costs little.
    /// </summary>
    private decimal Level(int at)
    {
        var levels = new decimal[_plan.LevelCount];
        _plan.Levels(_items, _adjustments, Side, levels, null);
        return levels[at];
    }
}
