namespace Rubric.Engine;

/// <summary>One item's scores in both columns, with the deduction behind each.</summary>
public sealed class ItemResult
{
    internal ItemResult(Item item, ScorePair score, Deduction? self, Deduction? assessor)
    {
        Item = item;
        Score = score;
        SelfDeduction = self;
        AssessorDeduction = assessor;
    }

    /// <summary>The item.</summary>
    public Item Item { get; }

    /// <summary>The scores; each lies in [0, <see cref="Item.Points"/>].</summary>
    public ScorePair Score { get; }

    /// <summary>Why the self column lost points, or <see langword="null"/> when it lost none.</summary>
    public Deduction? SelfDeduction { get; }

    /// <summary>Why the assessor column lost points, or <see langword="null"/> when it lost none.</summary>
    public Deduction? AssessorDeduction { get; }

    /// <summary>The deduction of one column.</summary>
    /// <param name="side">The column.</param>
    /// <returns>The deduction, or <see langword="null"/>.</returns>
    public Deduction? DeductionFor(ScoreSide side) => side == ScoreSide.Self ? SelfDeduction : AssessorDeduction;

    /// <inheritdoc/>
    public override string ToString() => $"{Item.Id}: {Score}";
}
