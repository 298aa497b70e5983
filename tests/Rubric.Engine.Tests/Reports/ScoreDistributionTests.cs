using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Reports;

public class ScoreDistributionTests
{
    private static readonly RubricDefinition Rubric = Sheet();

    private static ScoreDistribution Of(params (decimal T11, decimal T12)[] judged) =>
        ReportAnalyzer.Analyze(Rubric, judged.Select((j, i) => Score(Rubric, Assessed("u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), j.T11, j.T12)))).Bodies[0].Totals;

    [Fact]
    public void Totals_NoUnits_HasNoFigures()
    {
        var totals = Of();

        Assert.Equal((0, null, null, null), (totals.Count, totals.Minimum, totals.Median, totals.Mean));
        Assert.Empty(totals.Bins);
    }

    [Fact]
    public void Totals_OddCount_MedianIsTheMiddleScore()
    {
        var totals = Of((0m, 0m), (10m, 0m), (10m, 10m)); // 20, 30, 40

        Assert.Equal((20m, 30m, 40m, 30m), (totals.Minimum!.Value, totals.Median!.Value, totals.Maximum!.Value, totals.Mean!.Value));
    }

    [Fact]
    public void Totals_EvenCount_MedianIsTheMeanOfTheMiddleTwo()
    {
        var totals = Of((0m, 0m), (0.5m, 0m), (10m, 0m), (10m, 10m)); // 20, 20.5, 30, 40

        Assert.Equal(25.25m, totals.Median);
        Assert.Equal(27.625m, totals.Mean);
    }

    [Fact]
    public void Totals_FullMarks_FallInTheLastBinNotOneOfTheirOwn()
    {
        var totals = Of((10m, 10m), (9.5m, 10m)); // 40 of 40, 39.5; bins of 2

        Assert.Equal(2m, totals.BinWidth);
        Assert.Equal([new ScoreBin(38m, 40m, 2)], totals.Bins);
    }

    [Fact]
    public void Totals_GapBetweenScores_KeepsTheEmptyBins()
    {
        var totals = Of((0m, 0m), (5m, 0m)); // 20, 25

        Assert.Equal([new ScoreBin(20m, 22m, 1), new ScoreBin(22m, 24m, 0), new ScoreBin(24m, 26m, 1)], totals.Bins);
    }
}
