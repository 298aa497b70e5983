using System.Globalization;

namespace Rubric.Engine;

/// <summary>
/// One item across the units of a body: how many lost points on it, how much in total, on
/// average and at most, and how far their self-assessments were above the assessor's.
/// Plain data, safe to serialize.
/// </summary>
public sealed class ItemAnalysis
{
    internal ItemAnalysis(Item item, string taskId, int unitsLosing, decimal totalLost, decimal? largestLoss, int unitsCompared, decimal gapSum, int unitsOverClaiming)
    {
        ItemId = item.Id;
        TaskId = taskId;
        Number = item.Number;
        Text = item.Text;
        Points = item.Points;
        UnitsLosing = unitsLosing;
        TotalLost = totalLost;
        MeanLoss = unitsLosing == 0 ? null : totalLost / unitsLosing;
        LargestLoss = largestLoss;
        UnitsCompared = unitsCompared;
        MeanGap = unitsCompared == 0 ? null : gapSum / unitsCompared;
        UnitsOverClaiming = unitsOverClaiming;
    }

    /// <summary>The item's id.</summary>
    public string ItemId { get; }

    /// <summary>The id of the task the item belongs to.</summary>
    public string TaskId { get; }

    /// <summary>The number printed on the sheet.</summary>
    public int Number { get; }

    /// <summary>The item text, verbatim.</summary>
    public string Text { get; }

    /// <summary>The item's points.</summary>
    public decimal Points { get; }

    /// <summary>How many units lost points on the item, in the column that counts.</summary>
    public int UnitsLosing { get; }

    /// <summary>The points all units lost on the item.</summary>
    public decimal TotalLost { get; }

    /// <summary>
    /// The mean loss of the units that lost points on the item (<see cref="TotalLost"/> / <see cref="UnitsLosing"/>);
    /// <see langword="null"/> when none did. Carries 28 significant digits when the quotient does not end.
    /// </summary>
    public decimal? MeanLoss { get; }

    /// <summary>The largest loss of one unit on the item; <see langword="null"/> when none lost points.</summary>
    public decimal? LargestLoss { get; }

    /// <summary>How many units filled both columns, the units the gap is measured on.</summary>
    public int UnitsCompared { get; }

    /// <summary>
    /// The mean self-minus-assessor score of the item over <see cref="UnitsCompared"/>: positive when
    /// the units claimed more than the assessor gave. A unit that under-claimed counts negative.
    /// <see langword="null"/> when no unit filled both columns.
    /// </summary>
    public decimal? MeanGap { get; }

    /// <summary>How many units gave themselves more on the item than the assessor did.</summary>
    public int UnitsOverClaiming { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{ItemId}: {PointsFormat.Format(TotalLost)} lost by {UnitsLosing.ToString(CultureInfo.InvariantCulture)} unit(s)";
}
