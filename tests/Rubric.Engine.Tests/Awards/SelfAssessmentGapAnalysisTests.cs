using CsCheck;
using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public class SelfAssessmentGapAnalysisTests
{
    private static readonly RubricDefinition Rubric = Sheet();

    private static ScoringResult[] Results() =>
    [
        Score(Rubric, Assessed("f", 8m, 10m, flatsLost: 1, self: Column(10m, 10m))), // 40 vs 33
        Score(Rubric, Assessed("b", 8m, 10m, self: Column(10m, 10m))), // 40 vs 38
        Score(Rubric, Assessed("a", 8m, 10m, flatsLost: 1, self: Column(10m, 10m))), // 40 vs 33
        Score(Rubric, Assessed("c", 5m, 10m, self: Column(0m, 0m))), // 20 vs 35: under-claimed
        Score(Rubric, Assessed("d", 0m, 0m)), // assessor only
        Score(Rubric, Broken("e")),
    ];

    [Fact]
    public void Find_MarginTwo_ListsOnlyGapsAboveItLargestFirstThenById()
    {
        var gaps = SelfAssessmentGapAnalysis.Find(Results(), margin: 2m);

        Assert.Equal(["a", "f"], gaps.Select(g => g.UnitId));
        Assert.All(gaps, g => Assert.Equal((40m, 33m, 7m), (g.SelfTotal, g.AssessorTotal, g.Gap)));
    }

    [Fact]
    public void Find_MarginZero_ListsEveryOverClaimButNotUnderClaimsOrSingleColumns()
    {
        var gaps = SelfAssessmentGapAnalysis.Find(Results(), margin: 0m);

        Assert.Equal(["a", "f", "b"], gaps.Select(g => g.UnitId));
    }

    [Fact]
    public void Find_OverClaimedItems_AreListedLargestGapFirst()
    {
        var gap = SelfAssessmentGapAnalysis.Find(Results(), 2m)[0];

        Assert.Equal(["t2.1", "t1.1"], gap.Items.Select(i => i.ItemId));
        Assert.Equal([5m, 2m], gap.Items.Select(i => i.Gap));
    }

    [Fact]
    public void Find_EqualItemGaps_KeepSheetOrder()
    {
        var result = Score(Rubric, Assessed("a", 9m, 9m, self: Column(10m, 10m)));

        var gap = Assert.Single(SelfAssessmentGapAnalysis.Find([result], margin: 0m));

        Assert.Equal(["t1.1", "t1.2"], gap.Items.Select(i => i.ItemId));
    }

    [Fact]
    public void Find_Scorecards_GivesTheSameAsResults()
    {
        var results = Results();

        var fromCards = SelfAssessmentGapAnalysis.Find(results.Where(r => r.Succeeded).Select(r => r.Scorecard!), 0m);

        Assert.Equal(SelfAssessmentGapAnalysis.Find(results, margin: 0m).Select(g => g.ToString()), fromCards.Select(g => g.ToString()));
    }

    [Fact]
    public void Find_NegativeMargin_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SelfAssessmentGapAnalysis.Find(Results(), -0.1m));
    }

    [Fact]
    public void Find_AnyColumns_ListsExactlyTheUnitsAboveTheMarginWithPositiveItemGaps()
    {
        var column = Gen.Select(Gen.Int[0, 10], Gen.Int[0, 10], Gen.Int[0, 4], static (a, b, lost) => (A: a, B: b, Lost: lost));
        Gen.Select(Gen.Select(column, column).Array[0, 8], Gen.Int[0, 8]).Sample((units, margin) =>
        {
            var results = units.Select((u, i) => Score(Rubric, Assessed("u" + i, u.Item2.A, u.Item2.B, u.Item2.Lost, self: Column(u.Item1.A, u.Item1.B, u.Item1.Lost)))).ToArray();

            var gaps = SelfAssessmentGapAnalysis.Find(results, margin);

            var expected = results.Where(r => r.Scorecard!.Total.Gap > margin).Select(r => r.Assessment.UnitId).Order(StringComparer.Ordinal);
            Assert.Equal(expected, gaps.Select(g => g.UnitId).Order(StringComparer.Ordinal));
            for (var i = 1; i < gaps.Count; i++)
            {
                Assert.True(gaps[i - 1].Gap >= gaps[i].Gap);
            }

            Assert.All(gaps.SelectMany(g => g.Items), item => Assert.True(item.Gap > 0m));
        }, iter: 200);
    }
}
