namespace Rubric.Engine;

/// <summary>
/// A work task of the sheet (工作任务) with its stages. Named <c>RubricTask</c> so that it never
/// collides with <see cref="System.Threading.Tasks.Task"/> in code that uses both.
/// </summary>
public sealed class RubricTask
{
    /// <summary>Creates a task.</summary>
    /// <param name="id">Identifier, unique within the rubric.</param>
    /// <param name="number">The number printed on the sheet.</param>
    /// <param name="text">The task name, verbatim.</param>
    /// <param name="points">The points the sheet declares for the task.</param>
    /// <param name="stages">The task's stages, in sheet order.</param>
    /// <exception cref="ArgumentException">An argument is invalid or two stages share an id.</exception>
    public RubricTask(string id, int number, string text, decimal points, IEnumerable<Stage> stages)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentNullException.ThrowIfNull(text);
        Number = number;
        Text = text;
        Points = Guard.Positive(points, nameof(points));
        Stages = Guard.Items(stages, nameof(stages));
        Guard.UniqueIds(Stages, static s => s.Id, "stage", nameof(stages));
    }

    /// <summary>Identifier, unique within the rubric.</summary>
    public string Id { get; }

    /// <summary>The number printed on the sheet.</summary>
    public int Number { get; }

    /// <summary>The task name, verbatim.</summary>
    public string Text { get; }

    /// <summary>The points the sheet declares for the task. May differ from <see cref="StagePoints"/> on an incomplete sheet.</summary>
    public decimal Points { get; }

    /// <summary>The task's stages, in sheet order.</summary>
    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>The sum of the stages' declared points.</summary>
    public decimal StagePoints => Stages.Sum(static s => s.Points);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
