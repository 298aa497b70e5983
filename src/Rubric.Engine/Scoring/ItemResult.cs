namespace Rubric.Engine;

/// <summary>
/// One item's scores in both columns, with the deduction behind each. A small view of its
/// <see cref="Scorecard"/>, which holds every item's scores and deductions together, so that
/// reading all of a scorecard's items allocates nothing. Get one from a scorecard; the default
/// value is no item's result, and reading it throws.
/// </summary>
public readonly struct ItemResult : IEquatable<ItemResult>
{
    private readonly ScoredItems? _items;
    private readonly int _index;

    internal ItemResult(ScoredItems items, int index)
    {
        _items = items;
        _index = index;
    }

    /// <summary>The item.</summary>
    public Item Item => Scored.Items[_index];

    /// <summary>The scores; each lies in [0, <see cref="Item.Points"/>].</summary>
    public ScorePair Score => Scored.Score(_index);

    /// <summary>Why the self column lost points, or <see langword="null"/> when it lost none.</summary>
    public Deduction? SelfDeduction => Scored.Deduction(_index, ScoreSide.Self);

    /// <summary>Why the assessor column lost points, or <see langword="null"/> when it lost none.</summary>
    public Deduction? AssessorDeduction => Scored.Deduction(_index, ScoreSide.Assessor);

    private ScoredItems Scored => _items ?? throw new InvalidOperationException("This ItemResult is the default value, not an item's result; get results from a Scorecard.");

    /// <summary>The deduction of one column.</summary>
    /// <param name="side">The column.</param>
    /// <returns>The deduction, or <see langword="null"/>.</returns>
    public Deduction? DeductionFor(ScoreSide side) => Scored.Deduction(_index, side);

    /// <summary>Whether two values are the result of the same item on the same scorecard.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(ItemResult left, ItemResult right) => left.Equals(right);

    /// <summary>Whether two values are not the result of the same item on the same scorecard.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ItemResult left, ItemResult right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ItemResult other) => ReferenceEquals(_items, other._items) && _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ItemResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_items, _index);

    /// <inheritdoc/>
    public override string ToString() => $"{Item.Id}: {Score}";
}
