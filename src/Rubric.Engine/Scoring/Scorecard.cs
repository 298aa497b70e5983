namespace Rubric.Engine;

/// <summary>
/// The scored sheet of one unit: every item, stage and task in both columns, the total, the gap
/// between self and assessor scores, and every deduction and adjustment behind them. Immutable.
/// </summary>
public sealed class Scorecard
{
    internal Scorecard(RubricDefinition rubric, Assessment assessment, IReadOnlyList<TaskResult> tasks, ScorePair total, IReadOnlyList<Adjustment> adjustments)
    {
        Rubric = rubric;
        Assessment = assessment;
        Tasks = tasks;
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
    public IReadOnlyList<TaskResult> Tasks { get; }

    /// <summary>The total in both columns.</summary>
    public ScorePair Total { get; }

    /// <summary>The score that counts: the assessor total when filled, else the self total.</summary>
    public decimal Score => Total.Final ?? 0m;

    /// <summary>The adjustments the pipeline steps made, in order.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>Every stage's result, in sheet order.</summary>
    public IEnumerable<StageResult> Stages => Tasks.SelectMany(static t => t.Stages);

    /// <summary>Every item's result, in sheet order.</summary>
    public IEnumerable<ItemResult> Items => Stages.SelectMany(static s => s.Items);

    /// <summary>The column that counts: assessor when filled, else self.</summary>
    public ScoreSide FinalSide => Assessment.HasAssessor ? ScoreSide.Assessor : ScoreSide.Self;

    /// <summary>Every deduction of one column, in sheet order.</summary>
    /// <param name="side">The column.</param>
    /// <returns>The deductions.</returns>
    public IEnumerable<Deduction> Deductions(ScoreSide side) =>
        Items.Select(i => i.DeductionFor(side)).OfType<Deduction>();

    /// <summary>Whether a veto adjustment applies to a column.</summary>
    /// <param name="side">The column.</param>
    /// <returns>Whether a veto applies.</returns>
    public bool IsVetoed(ScoreSide side) => Adjustments.Any(a => a.IsVeto && a.Side == side);

    /// <summary>Finds an item's result.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public ItemResult? FindItem(string itemId) => Items.FirstOrDefault(i => string.Equals(i.Item.Id, itemId, StringComparison.Ordinal));

    /// <summary>Finds a stage's result.</summary>
    /// <param name="stageId">The stage id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public StageResult? FindStage(string stageId) => Stages.FirstOrDefault(s => string.Equals(s.Stage.Id, stageId, StringComparison.Ordinal));

    /// <summary>Finds a task's result.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public TaskResult? FindTask(string taskId) => Tasks.FirstOrDefault(t => string.Equals(t.Task.Id, taskId, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => $"{UnitId}: {PointsFormat.Format(Score)} / {PointsFormat.Format(Rubric.Points)}";
}
