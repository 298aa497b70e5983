namespace Rubric.Cli.Reports;

/// <summary>
/// How much of a large body a page shows: every figure of the analysis is kept, but past these
/// counts a chart or the list of cards shows the top and the bottom units only (100,000 cards
/// would make a page no one can open, let alone print).
/// </summary>
internal static class ReportLimits
{
    /// <summary>Units with a card of their own: above it, the best and the worst half of this many.</summary>
    public const int Cards = 40;

    /// <summary>Units drawn in a per-unit chart: above it, the best and the worst half of this many.</summary>
    public const int ChartUnits = 30;

    /// <summary>Items drawn in the chart of points lost per item.</summary>
    public const int ChartItems = 15;

    /// <summary>The first and last <paramref name="limit"/>/2 elements of a list longer than <paramref name="limit"/>, with how many were left out between them.</summary>
    public static (IReadOnlyList<T> Top, int Skipped, IReadOnlyList<T> Bottom) TopAndBottom<T>(IReadOnlyList<T> list, int limit)
    {
        if (list.Count <= limit)
        {
            return (list, 0, []);
        }

        var half = limit / 2;
        return ([.. list.Take(half)], list.Count - (2 * half), [.. list.Skip(list.Count - half)]);
    }
}
