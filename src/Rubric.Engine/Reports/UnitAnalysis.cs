namespace Rubric.Engine;

/// <summary>
/// One scored unit in a report: its total, its rank among the units of its body, the items that
/// cost it most, and the items where its self-assessment claimed more than the assessor gave.
/// Plain data, safe to serialize.
/// </summary>
public sealed class UnitAnalysis
{
    internal UnitAnalysis(Scorecard card, string? name, int rank, decimal lost, IReadOnlyList<ItemLoss> losses, IReadOnlyList<ItemGap> overClaims)
    {
        UnitId = card.UnitId;
        UnitName = name;
        Round = card.Assessment.Round;
        Rank = rank;
        Score = card.Score;
        SelfTotal = card.Total.Self;
        AssessorTotal = card.Total.Assessor;
        Lost = lost;
        Losses = losses;
        OverClaims = overClaims;
    }

    /// <summary>The unit's id.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name: the roster's, else the assessment's; <see langword="null"/> when neither gives one.</summary>
    public string? UnitName { get; }

    /// <summary>The round of the assessment.</summary>
    public AssessmentRound Round { get; }

    /// <summary>The place among the units of its body, best first; tied scores share a place (1, 2, 3, 3, 5).</summary>
    public int Rank { get; }

    /// <summary>The score that counts (<see cref="Scorecard.Score"/>).</summary>
    public decimal Score { get; }

    /// <summary>The self total (自查分), or <see langword="null"/> when the column was not filled.</summary>
    public decimal? SelfTotal { get; }

    /// <summary>The assessor total (考核分), or <see langword="null"/> when the column was not filled.</summary>
    public decimal? AssessorTotal { get; }

    /// <summary>Self minus assessor total; <see langword="null"/> unless both columns were filled.</summary>
    public decimal? Gap => SelfTotal - AssessorTotal;

    /// <summary>Every point lost on the items in the column that counts: the sum of <see cref="Losses"/>.</summary>
    public decimal Lost { get; }

    /// <summary>The items that lost points, costliest first, then in sheet order.</summary>
    public IReadOnlyList<ItemLoss> Losses { get; }

    /// <summary>The items whose self score is above the assessor score, largest gap first, then in sheet order.</summary>
    public IReadOnlyList<ItemGap> OverClaims { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)}. {UnitId}: {PointsFormat.Format(Score)}, lost {PointsFormat.Format(Lost)} on {Losses.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} item(s)";
}
