namespace Rubric.Engine;

/// <summary>
/// The units one assessing body oversees, analysed together: every unit ranked with its costliest
/// items, every item with what it cost them, the items ranked by points lost, the spread of the
/// totals, and the awards the body names. Plain data, safe to serialize.
/// </summary>
public sealed class BodyAnalysis
{
    internal BodyAnalysis(
        AssessingBody? body,
        IReadOnlyList<UnitAnalysis> units,
        IReadOnlyList<UnscoredUnit> unscored,
        IReadOnlyList<ItemAnalysis> items,
        ScoreDistribution totals,
        IReadOnlyList<AwardResult> awards)
    {
        BodyId = body?.Id;
        BodyName = body?.Name;
        BodyKind = body?.Kind;
        Units = units;
        Unscored = unscored;
        Items = items;
        CostliestItems = [.. items.Where(static i => i.TotalLost > 0m).OrderByDescending(static i => i.TotalLost)];
        Totals = totals;
        Awards = awards;
        Lost = units.Sum(static u => u.Lost);
    }

    /// <summary>
    /// The body's id; <see langword="null"/> for the group that is not a body of a roster: every
    /// input when no roster was given, or the assessments of units on no body's list.
    /// </summary>
    public string? BodyId { get; }

    /// <summary>The body's name; <see langword="null"/> when <see cref="BodyId"/> is.</summary>
    public string? BodyName { get; }

    /// <summary>County or centre; <see langword="null"/> when <see cref="BodyId"/> is.</summary>
    public BodyKind? BodyKind { get; }

    /// <summary>The scored units, best first: by score descending, then by unit id (ordinal), then in input order.</summary>
    public IReadOnlyList<UnitAnalysis> Units { get; }

    /// <summary>The units without a score: those the roster names without an assessment (in roster order), then those whose assessment failed (in input order).</summary>
    public IReadOnlyList<UnscoredUnit> Unscored { get; }

    /// <summary>Every item of the rubric across <see cref="Units"/>, in sheet order.</summary>
    public IReadOnlyList<ItemAnalysis> Items { get; }

    /// <summary>The items on which points were lost, by points lost in total (most first), then in sheet order.</summary>
    public IReadOnlyList<ItemAnalysis> CostliestItems { get; }

    /// <summary>Every point the units lost on items.</summary>
    public decimal Lost { get; }

    /// <summary>The spread of the units' scores.</summary>
    public ScoreDistribution Totals { get; }

    /// <summary>The body's award results, one per award report given to the analysis that has one for this body; empty without them.</summary>
    public IReadOnlyList<AwardResult> Awards { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{BodyId ?? "(inputs)"}: {Units.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} unit(s), {PointsFormat.Format(Lost)} lost, {Totals}";
}
