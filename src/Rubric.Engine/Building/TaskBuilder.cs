namespace Rubric.Engine;

/// <summary>Adds stages to a task under construction; see <see cref="RubricBuilder.AddTask(string, int, string, decimal, Action{TaskBuilder})"/>.</summary>
public sealed class TaskBuilder
{
    private readonly List<Stage> _stages = [];

    internal TaskBuilder()
    {
    }

    internal IReadOnlyList<Stage> Stages => _stages;

    /// <summary>Adds a stage built by <paramref name="configure"/>.</summary>
    /// <param name="id">Stage id.</param>
    /// <param name="text">Stage name.</param>
    /// <param name="points">Declared stage points.</param>
    /// <param name="configure">Adds the stage's items.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder AddStage(string id, string text, decimal points, Action<StageBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new StageBuilder();
        configure(builder);
        _stages.Add(new Stage(id, text, points, builder.Items));
        return this;
    }
}
