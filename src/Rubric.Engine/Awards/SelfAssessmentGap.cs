using System.Text;

namespace Rubric.Engine;

/// <summary>
/// A unit whose self total (自查分) exceeds its assessor total (考核分) by more than a margin, with
/// the items it over-claimed. Found by <see cref="SelfAssessmentGapAnalysis.Find(IEnumerable{ScoringResult}, decimal)"/>.
/// Plain data, safe to serialize.
/// </summary>
public sealed class SelfAssessmentGap
{
    internal SelfAssessmentGap(Scorecard card, IReadOnlyList<ItemGap> items)
    {
        UnitId = card.UnitId;
        UnitName = card.Assessment.UnitName;
        Round = card.Assessment.Round;
        SelfTotal = card.Total.Self!.Value;
        AssessorTotal = card.Total.Assessor!.Value;
        Items = items;
    }

    /// <summary>The unit's id.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name as the assessment gives it.</summary>
    public string? UnitName { get; }

    /// <summary>The round of the assessment.</summary>
    public AssessmentRound Round { get; }

    /// <summary>The self total.</summary>
    public decimal SelfTotal { get; }

    /// <summary>The assessor total.</summary>
    public decimal AssessorTotal { get; }

    /// <summary>Self minus assessor total; greater than the margin asked for.</summary>
    public decimal Gap => SelfTotal - AssessorTotal;

    /// <summary>
    /// The items whose self score is above the assessor score, largest gap first, then in sheet
    /// order. May be empty when the whole gap comes from an adjustment (a veto) rather than items.
    /// </summary>
    public IReadOnlyList<ItemGap> Items { get; }

    /// <summary>A multi-line report: the totals, then each over-claimed item.</summary>
    /// <returns>The report.</returns>
    public string Describe()
    {
        var text = new StringBuilder().AppendLine(ToString());
        foreach (var item in Items)
        {
            text.Append("  ").AppendLine(item.ToString());
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{UnitId}: self {PointsFormat.Format(SelfTotal)}, assessor {PointsFormat.Format(AssessorTotal)}, gap {PointsFormat.Format(Gap)} over {Items.Count} item(s)";
}
