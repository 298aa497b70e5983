namespace Rubric.Engine;

/// <summary>One stage's scores: the sum of its items plus any adjustment aimed at it, never below 0.</summary>
public sealed class StageResult
{
    internal StageResult(Stage stage, ScorePair score, IReadOnlyList<ItemResult> items)
    {
        Stage = stage;
        Score = score;
        Items = items;
    }

    /// <summary>The stage.</summary>
    public Stage Stage { get; }

    /// <summary>The scores.</summary>
    public ScorePair Score { get; }

    /// <summary>The items' results, in sheet order.</summary>
    public IReadOnlyList<ItemResult> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Stage.Id}: {Score}";
}
