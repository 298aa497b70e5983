namespace Rubric.Engine;

/// <summary>
/// How the totals of a body's units are spread: count, lowest, highest, mean, median, and the
/// units per bin of a fixed width. Plain data, safe to serialize.
/// </summary>
public sealed class ScoreDistribution
{
    /// <summary>How many bins of equal width the rubric's points are cut into.</summary>
    internal const int BinsPerRubric = 20;

    private ScoreDistribution(int count, decimal? minimum, decimal? maximum, decimal? mean, decimal? median, decimal binWidth, IReadOnlyList<ScoreBin> bins)
    {
        Count = count;
        Minimum = minimum;
        Maximum = maximum;
        Mean = mean;
        Median = median;
        BinWidth = binWidth;
        Bins = bins;
    }

    /// <summary>How many scores.</summary>
    public int Count { get; }

    /// <summary>The lowest score; <see langword="null"/> when there are none.</summary>
    public decimal? Minimum { get; }

    /// <summary>The highest score; <see langword="null"/> when there are none.</summary>
    public decimal? Maximum { get; }

    /// <summary>The mean score (28 significant digits when the quotient does not end); <see langword="null"/> when there are none.</summary>
    public decimal? Mean { get; }

    /// <summary>The middle score, or the mean of the two middle scores for an even count; <see langword="null"/> when there are none.</summary>
    public decimal? Median { get; }

    /// <summary>The width of each bin: the rubric's points divided by 20 (5 for a sheet of 100).</summary>
    public decimal BinWidth { get; }

    /// <summary>The bins from the one holding <see cref="Minimum"/> to the one holding <see cref="Maximum"/>, lowest first, empty ones between included.</summary>
    public IReadOnlyList<ScoreBin> Bins { get; }

    internal static ScoreDistribution Of(IReadOnlyList<decimal> scores, decimal rubricPoints)
    {
        var width = rubricPoints > 0m ? rubricPoints / BinsPerRubric : 1m;
        if (scores.Count == 0)
        {
            return new ScoreDistribution(0, null, null, null, null, width, []);
        }

        var sorted = scores.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2m;
        var sum = 0m;
        foreach (var score in sorted)
        {
            sum += score;
        }

        var first = Bin(sorted[0], width, rubricPoints);
        var last = Bin(sorted[^1], width, rubricPoints);
        var counts = new int[last - first + 1];
        foreach (var score in sorted)
        {
            counts[Bin(score, width, rubricPoints) - first]++;
        }

        var bins = new ScoreBin[counts.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            bins[i] = new ScoreBin((first + i) * width, (first + i + 1) * width, counts[i]);
        }

        return new ScoreDistribution(n, sorted[0], sorted[^1], sum / n, median, width, bins);
    }

    /// <summary>The bin of a score; full marks go in the bin below them, not in a bin of their own.</summary>
    private static int Bin(decimal score, decimal width, decimal rubricPoints) =>
        score == rubricPoints && score > 0m ? BinsPerRubric - 1 : (int)decimal.Floor(score / width);

    /// <inheritdoc/>
    public override string ToString() => Count == 0
        ? "no scores"
        : $"{Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} scores from {PointsFormat.Format(Minimum!.Value)} to {PointsFormat.Format(Maximum!.Value)}, median {PointsFormat.Format(Median!.Value)}";
}
