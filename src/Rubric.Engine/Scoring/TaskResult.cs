namespace Rubric.Engine;

/// <summary>One task's scores: the sum of its stages plus any adjustment aimed at it, never below 0.</summary>
public sealed class TaskResult
{
    internal TaskResult(RubricTask task, ScorePair score, IReadOnlyList<StageResult> stages)
    {
        Task = task;
        Score = score;
        Stages = stages;
    }

    /// <summary>The task.</summary>
    public RubricTask Task { get; }

    /// <summary>The scores.</summary>
    public ScorePair Score { get; }

    /// <summary>The stages' results, in sheet order.</summary>
    public IReadOnlyList<StageResult> Stages { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Task.Id}: {Score}";
}
