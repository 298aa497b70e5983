namespace Rubric.Engine;

/// <summary>Builds an immutable <see cref="RubricDefinition"/> task by task.</summary>
/// <example>
/// <code>
/// var rubric = RubricDefinition.CreateBuilder("demo", "Demo sheet")
///     .WithPoints(2)
///     .AddTask("t1", 1, "三项活动", 2, task => task
///         .AddStage("t1.prep", "准备阶段", 2, stage => stage
///             .AddFlatItem("t1.1", 1, "成立领导小组", 1)
///             .AddPerUnitItem("t1.2", 2, "走访", 1, rate: 0.2m)))
///     .Build();
/// </code>
/// </example>
public sealed class RubricBuilder
{
    private readonly string _id;
    private readonly string _title;
    private readonly List<RubricTask> _tasks = [];
    private readonly List<AwardPolicy> _awardPolicies = [];
    private UnitKind _unitKind = UnitKind.School;
    private decimal? _points;
    private MissingObservationPolicy _missing = MissingObservationPolicy.Error;
    private string? _incompleteNote;
    private bool _bonusAbovePoints;

    /// <summary>Starts a rubric.</summary>
    /// <param name="id">Identifier of the rubric.</param>
    /// <param name="title">The sheet's title.</param>
    public RubricBuilder(string id, string title)
    {
        _id = Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(title);
        _title = title;
    }

    /// <summary>Sets the total the sheet declares. Defaults to the sum of the tasks' points.</summary>
    /// <param name="points">The declared total.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder WithPoints(decimal points)
    {
        _points = Guard.Positive(points, nameof(points));
        return this;
    }

    /// <summary>Sets the kind of unit assessed. Defaults to <see cref="UnitKind.School"/>.</summary>
    /// <param name="unitKind">The unit kind.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder ForUnit(UnitKind unitKind)
    {
        _unitKind = unitKind;
        return this;
    }

    /// <summary>Sets what happens when a filled column lacks an item. Defaults to <see cref="MissingObservationPolicy.Error"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder WithMissingObservations(MissingObservationPolicy policy)
    {
        _missing = policy;
        return this;
    }

    /// <summary>Marks the sheet as incomplete, saying why.</summary>
    /// <param name="note">Why the sheet is incomplete.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder MarkIncomplete(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        _incompleteNote = note;
        return this;
    }

    /// <summary>Lets a step's bonus lift a stage, task or the total above its points; see <see cref="RubricDefinition.BonusAbovePoints"/>.</summary>
    /// <returns>This builder.</returns>
    public RubricBuilder AllowBonusAbovePoints()
    {
        _bonusAbovePoints = true;
        return this;
    }

    /// <summary>Adds a task built by <paramref name="configure"/>.</summary>
    /// <param name="id">Task id.</param>
    /// <param name="number">Task number.</param>
    /// <param name="text">Task name.</param>
    /// <param name="points">Declared task points.</param>
    /// <param name="configure">Adds the task's stages.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder AddTask(string id, int number, string text, decimal points, Action<TaskBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new TaskBuilder();
        configure(builder);
        _tasks.Add(new RubricTask(id, number, text, points, builder.Stages));
        return this;
    }

    /// <summary>Adds a task already built.</summary>
    /// <param name="task">The task.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder AddTask(RubricTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        _tasks.Add(task);
        return this;
    }

    /// <summary>Adds an award policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder AddAwardPolicy(AwardPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _awardPolicies.Add(policy);
        return this;
    }

    /// <summary>Builds the rubric.</summary>
    /// <returns>An immutable rubric.</returns>
    /// <exception cref="ArgumentException">Ids repeat, or the rubric has no task.</exception>
    public RubricDefinition Build()
    {
        if (_tasks.Count == 0)
        {
            throw new InvalidOperationException("A rubric needs at least one task.");
        }

        var points = _points ?? _tasks.Sum(static t => t.Points);
        return new RubricDefinition(_id, _title, _unitKind, points, _tasks, _missing, _awardPolicies, _incompleteNote, _bonusAbovePoints);
    }
}
