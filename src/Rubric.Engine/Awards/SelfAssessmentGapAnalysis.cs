namespace Rubric.Engine;

/// <summary>
/// Finds over-claiming in self-assessments: the units whose self total exceeds the assessor total
/// by more than a margin, and item by item where they claimed more than the assessor gave.
/// </summary>
/// <remarks>
/// Only scored assessments with both columns filled can show a gap; failed results and
/// assessments with one column are not part of the analysis (award results account for them).
/// </remarks>
public static class SelfAssessmentGapAnalysis
{
    /// <summary>Finds the units that over-claimed by more than <paramref name="margin"/>.</summary>
    /// <param name="results">Scoring results; failures and single-column assessments are passed over.</param>
    /// <param name="margin">The total gap a unit must exceed (strictly) to be listed; 0 lists every unit that over-claimed at all.</param>
    /// <returns>The units, largest gap first, then by unit id (ordinal), then in input order.</returns>
    public static IReadOnlyList<SelfAssessmentGap> Find(IEnumerable<ScoringResult> results, decimal margin)
    {
        var list = Guard.Items(results, nameof(results));
        return Find(list.Where(static r => r.Succeeded).Select(static r => r.Scorecard!), margin);
    }

    /// <summary>Finds the scorecards that over-claimed by more than <paramref name="margin"/>.</summary>
    /// <param name="scorecards">The scorecards; single-column ones are passed over.</param>
    /// <param name="margin">The total gap a unit must exceed (strictly) to be listed.</param>
    /// <returns>The units, largest gap first, then by unit id (ordinal), then in input order.</returns>
    public static IReadOnlyList<SelfAssessmentGap> Find(IEnumerable<Scorecard> scorecards, decimal margin)
    {
        var list = Guard.Items(scorecards, nameof(scorecards));
        Guard.NotNegative(margin, nameof(margin));
        return
        [
            .. list
                .Where(c => c.Total.Gap is { } gap && gap > margin)
                .Select(static c => new SelfAssessmentGap(c, OverClaimed(c)))
                .OrderByDescending(static g => g.Gap)
                .ThenBy(static g => g.UnitId, StringComparer.Ordinal),
        ];
    }

    /// <summary>The items a scorecard over-claimed, largest gap first, then in sheet order.</summary>
    internal static ItemGap[] OverClaimed(Scorecard card) =>
    [
        .. card.Items
            .Where(static i => i.Score.Gap > 0m)
            .Select(static i => new ItemGap(i))
            .OrderByDescending(static g => g.Gap),
    ];
}
