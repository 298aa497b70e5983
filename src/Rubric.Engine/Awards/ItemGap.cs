namespace Rubric.Engine;

/// <summary>One item a unit over-claimed: its self score is above the assessor score. Plain data, safe to serialize.</summary>
public sealed class ItemGap
{
    // The sentences are rendered when read: a report of many units shows few of them.
    private readonly Deduction? _deduction;

    internal ItemGap(ItemResult result)
    {
        ItemId = result.Item.Id;
        Number = result.Item.Number;
        Text = result.Item.Text;
        Points = result.Item.Points;
        SelfScore = result.Score.Self!.Value;
        AssessorScore = result.Score.Assessor!.Value;
        _deduction = result.AssessorDeduction;
    }

    /// <summary>The item's id.</summary>
    public string ItemId { get; }

    /// <summary>The number printed on the sheet.</summary>
    public int Number { get; }

    /// <summary>The item text, verbatim.</summary>
    public string Text { get; }

    /// <summary>The item's points.</summary>
    public decimal Points { get; }

    /// <summary>The self score (自查分).</summary>
    public decimal SelfScore { get; }

    /// <summary>The assessor score (考核分).</summary>
    public decimal AssessorScore { get; }

    /// <summary>Self minus assessor score; always positive.</summary>
    public decimal Gap => SelfScore - AssessorScore;

    /// <summary>Why the assessor took points, in English; <see langword="null"/> when the assessor column lost none (cannot happen for a positive gap, kept for safety).</summary>
    public string? AssessorExplanation => _deduction?.Explain(ExplanationLanguage.English);

    /// <summary>Why the assessor took points, in Chinese.</summary>
    public string? AssessorExplanationChinese => _deduction?.Explain(ExplanationLanguage.Chinese);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{ItemId}: self {PointsFormat.Format(SelfScore)}, assessor {PointsFormat.Format(AssessorScore)}, over-claimed {PointsFormat.Format(Gap)} of {PointsFormat.Format(Points)}";
}
