namespace Rubric.Engine;

/// <summary>
/// Points one unit lost on one item in the column that counts, with their share of everything the
/// unit lost and the sentence that explains them. Plain data, safe to serialize.
/// </summary>
public sealed class ItemLoss
{
    // The sentences are rendered when read: a report of 100,000 units shows a few dozen of them.
    private readonly Deduction? _deduction;

    internal ItemLoss(ItemResult result, ScoreSide side, decimal amount, decimal unitLost)
    {
        _deduction = result.DeductionFor(side);
        ItemId = result.Item.Id;
        Number = result.Item.Number;
        Text = result.Item.Text;
        Points = result.Item.Points;
        Score = result.Item.Points - amount;
        Amount = amount;
        Share = amount / unitLost;
    }

    /// <summary>The item's id.</summary>
    public string ItemId { get; }

    /// <summary>The number printed on the sheet.</summary>
    public int Number { get; }

    /// <summary>The item text, verbatim.</summary>
    public string Text { get; }

    /// <summary>The item's points.</summary>
    public decimal Points { get; }

    /// <summary>The item's score in the column that counts.</summary>
    public decimal Score { get; }

    /// <summary>The points lost: <see cref="Points"/> minus <see cref="Score"/>; always positive.</summary>
    public decimal Amount { get; }

    /// <summary>
    /// <see cref="Amount"/> divided by every point the unit lost on its items, between 0 and 1.
    /// A quotient such as 1/3 cannot be exact in decimal: it carries 28 significant digits, and a
    /// display rounds it (half away from zero).
    /// </summary>
    public decimal Share { get; }

    /// <summary>Why the points were lost, in English; <see langword="null"/> when the scoring recorded no deduction for the item.</summary>
    public string? Explanation => _deduction?.Explain(ExplanationLanguage.English);

    /// <summary>Why the points were lost, in Chinese.</summary>
    public string? ExplanationChinese => _deduction?.Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc/>
    public override string ToString() => $"{ItemId}: -{PointsFormat.Format(Amount)} of {PointsFormat.Format(Points)}";
}
