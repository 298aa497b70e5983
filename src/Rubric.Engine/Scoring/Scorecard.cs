namespace Rubric.Engine;

/// <summary>
/// The scored sheet of one unit: every item, stage and task in both columns, the total, the gap
/// between self and assessor scores, and every deduction and adjustment behind them. Immutable.
/// </summary>
/// <remarks>
/// Scoring stores each column as one flat array of scores; the <see cref="TaskResult"/>,
/// <see cref="StageResult"/> and <see cref="ItemResult"/> objects are built the first time
/// <see cref="Tasks"/>, <see cref="Stages"/>, <see cref="Items"/> or a <c>Find…</c> method needs
/// them, once, and then shared. A batch that only reads totals never pays for them.
/// </remarks>
public sealed class Scorecard
{
    private readonly ScoringPlan _plan;
    private readonly decimal[]? _self;
    private readonly decimal[]? _assessor;
    private readonly Deduction?[]? _selfDeductions;
    private readonly Deduction?[]? _assessorDeductions;
    private ResultTree? _tree;
    private Deduction?[]? _selfResolved;
    private Deduction?[]? _assessorResolved;

    internal Scorecard(ScoringPlan plan, Assessment assessment, decimal[]? self, Deduction?[]? selfDeductions, decimal[]? assessor, Deduction?[]? assessorDeductions, IReadOnlyList<Adjustment> adjustments)
    {
        _plan = plan;
        Rubric = plan.Rubric;
        Assessment = assessment;
        _self = self;
        _assessor = assessor;
        _selfDeductions = selfDeductions;
        _assessorDeductions = assessorDeductions;
        Total = new ScorePair(self?[^1], assessor?[^1]);
        Adjustments = adjustments;
    }

    /// <summary>The rubric scored against.</summary>
    public RubricDefinition Rubric { get; }

    /// <summary>The assessment scored.</summary>
    public Assessment Assessment { get; }

    /// <summary>The unit scored.</summary>
    public string UnitId => Assessment.UnitId;

    /// <summary>The tasks' results, in sheet order.</summary>
    public IReadOnlyList<TaskResult> Tasks => Tree.Tasks;

    /// <summary>The total in both columns.</summary>
    public ScorePair Total { get; }

    /// <summary>The score that counts: the assessor total when filled, else the self total.</summary>
    public decimal Score => Total.Final ?? 0m;

    /// <summary>The adjustments the pipeline steps made, in order.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>Every stage's result, in sheet order.</summary>
    public IEnumerable<StageResult> Stages => Tree.Stages;

    /// <summary>Every item's result, in sheet order.</summary>
    public IEnumerable<ItemResult> Items => Tree.Items;

    /// <summary>The column that counts: assessor when filled, else self.</summary>
    public ScoreSide FinalSide => Assessment.HasAssessor ? ScoreSide.Assessor : ScoreSide.Self;

    private ResultTree Tree
    {
        get
        {
            // Two threads may both build it; one wins and both then read the same objects.
            if (_tree is null)
            {
                Interlocked.CompareExchange(ref _tree, ResultTree.From(this), null);
            }

            return _tree!;
        }
    }

    /// <summary>Every deduction of one column, in sheet order.</summary>
    /// <param name="side">The column.</param>
    /// <returns>The deductions.</returns>
    public IEnumerable<Deduction> Deductions(ScoreSide side)
    {
        var deductions = DeductionsOf(side);
        return deductions is null ? [] : deductions.OfType<Deduction>();
    }

    /// <summary>A column's deductions by item index, completed on first use; <see langword="null"/> when the column was not filled.</summary>
    private Deduction?[]? DeductionsOf(ScoreSide side)
    {
        var values = side == ScoreSide.Self ? _self : _assessor;
        if (values is null)
        {
            return null;
        }

        ref var slot = ref side == ScoreSide.Self ? ref _selfResolved : ref _assessorResolved;
        if (slot is null)
        {
            var made = side == ScoreSide.Self ? _selfDeductions : _assessorDeductions;
            Interlocked.CompareExchange(ref slot, _plan.ResolveDeductions(Assessment, side, values, made), null);
        }

        return slot;
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
        itemId is not null && _plan.TryGetItemIndex(itemId, out var index) ? Tree.Items[index] : null;

    /// <summary>Finds a stage's result.</summary>
    /// <param name="stageId">The stage id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public StageResult? FindStage(string stageId) =>
        stageId is not null && _plan.TryGetStageIndex(stageId, out var index) ? Tree.Stages[index] : null;

    /// <summary>Finds a task's result.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public TaskResult? FindTask(string taskId) =>
        taskId is not null && _plan.TryGetTaskIndex(taskId, out var index) ? Tree.Tasks[index] : null;

    /// <summary>
    /// A task's score in both columns, read straight from the scored columns: unlike
    /// <see cref="FindTask"/> it builds no result objects, which suits writers of one row per unit.
    /// </summary>
    /// <param name="task">A task of <see cref="Rubric"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException"><paramref name="task"/> is not a task of this scorecard's rubric.</exception>
    public ScorePair ScoreOf(RubricTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return _plan.TryGetTaskIndex(task.Id, out var index) && ReferenceEquals(Rubric.Tasks[index], task)
            ? PairAt(_plan.TaskOffset + index)
            : throw NotOfThisRubric("Task", task.Id, nameof(task));
    }

    /// <summary>A stage's score in both columns, read straight from the scored columns.</summary>
    /// <param name="stage">A stage of <see cref="Rubric"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is not a stage of this scorecard's rubric.</exception>
    public ScorePair ScoreOf(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return _plan.TryGetStageIndex(stage.Id, out var index) && ReferenceEquals(_plan.Stages[index], stage)
            ? PairAt(_plan.StageOffset + index)
            : throw NotOfThisRubric("Stage", stage.Id, nameof(stage));
    }

    /// <summary>An item's score in both columns, read straight from the scored columns.</summary>
    /// <param name="item">An item of <see cref="Rubric"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is not an item of this scorecard's rubric.</exception>
    public ScorePair ScoreOf(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _plan.TryGetItemIndex(item.Id, out var index) && ReferenceEquals(_plan.Items[index], item)
            ? PairAt(index)
            : throw NotOfThisRubric("Item", item.Id, nameof(item));
    }

    private ArgumentException NotOfThisRubric(string what, string id, string paramName) =>
        new($"{what} '{id}' is not {(what == "Item" ? "an" : "a")} {what.ToLowerInvariant()} of rubric '{Rubric.Id}'.", paramName);

    /// <summary>A task's score by id, or null for an id the rubric does not have; builds no result objects.</summary>
    internal ScorePair? TaskScore(string taskId) =>
        _plan.TryGetTaskIndex(taskId, out var index) ? PairAt(_plan.TaskOffset + index) : null;

    /// <summary>A stage's score by id, or null for an id the rubric does not have; builds no result objects.</summary>
    internal ScorePair? StageScore(string stageId) =>
        _plan.TryGetStageIndex(stageId, out var index) ? PairAt(_plan.StageOffset + index) : null;

    /// <summary>How many items lost points in a column (none for a column not filled), counted in the scored column.</summary>
    internal int ItemsLost(ScoreSide side)
    {
        var values = side == ScoreSide.Self ? _self : _assessor;
        if (values is null)
        {
            return 0;
        }

        var items = _plan.Items;
        var lost = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (values[i] < items[i].Points)
            {
                lost++;
            }
        }

        return lost;
    }

    private ScorePair PairAt(int index) => new(_self?[index], _assessor?[index]);

    /// <inheritdoc/>
    public override string ToString() => $"{UnitId}: {PointsFormat.Format(Score)} / {PointsFormat.Format(Rubric.Points)}";

    /// <summary>The result objects, built from the flat arrays on first use.</summary>
    private sealed class ResultTree(TaskResult[] tasks, StageResult[] stages, ItemResult[] items)
    {
        public TaskResult[] Tasks { get; } = tasks;

        public StageResult[] Stages { get; } = stages;

        public ItemResult[] Items { get; } = items;

        public static ResultTree From(Scorecard card)
        {
            var plan = card._plan;
            var (self, assessor) = (card._self, card._assessor);
            var (selfDeductions, assessorDeductions) = (card.DeductionsOf(ScoreSide.Self), card.DeductionsOf(ScoreSide.Assessor));
            var planItems = plan.Items;
            var planStages = plan.Stages;
            var stageStart = plan.StageStart;
            var taskStageStart = plan.TaskStageStart;
            var stageOffset = plan.StageOffset;
            var taskOffset = plan.TaskOffset;

            var items = new ItemResult[planItems.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new ItemResult(planItems[i], new ScorePair(self?[i], assessor?[i]), selfDeductions?[i], assessorDeductions?[i]);
            }

            var stages = new StageResult[planStages.Length];
            for (var s = 0; s < stages.Length; s++)
            {
                var slice = items[stageStart[s]..stageStart[s + 1]];
                stages[s] = new StageResult(planStages[s], new ScorePair(self?[stageOffset + s], assessor?[stageOffset + s]), slice);
            }

            var tasks = new TaskResult[taskStageStart.Length - 1];
            for (var t = 0; t < tasks.Length; t++)
            {
                var slice = stages[taskStageStart[t]..taskStageStart[t + 1]];
                tasks[t] = new TaskResult(card.Rubric.Tasks[t], new ScorePair(self?[taskOffset + t], assessor?[taskOffset + t]), slice);
            }

            return new(tasks, stages, items);
        }
    }
}
