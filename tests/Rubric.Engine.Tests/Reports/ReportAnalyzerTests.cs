using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Reports;

public class ReportAnalyzerTests
{
    private static readonly RubricDefinition Rubric = Sheet(Policy());

    [Fact]
    public void Analyze_NoRoster_AnalysesEveryInputAsOneGroup()
    {
        var results = new[]
        {
            Score(Rubric, Assessed("b", 8m, 10m, flatsLost: 1)), // 33: lost 2 on t1.1, 5 on t2.1
            Score(Rubric, Assessed("a", 10m, 10m)), // 40
            Score(Rubric, Broken("c")),
        };

        var report = ReportAnalyzer.Analyze(Rubric, results);

        var group = Assert.Single(report.Bodies);
        Assert.Null(group.BodyId);
        Assert.Equal(["a", "b"], group.Units.Select(static u => u.UnitId));
        var unscored = Assert.Single(group.Unscored);
        Assert.Equal(("c", UnscoredReason.ScoringFailed), (unscored.UnitId, unscored.Reason));
        Assert.True(unscored.ErrorCount > 0);
        Assert.Empty(group.Awards);
    }

    [Fact]
    public void Analyze_UnitLosingSeveralItems_RanksThemWithShares()
    {
        var report = ReportAnalyzer.Analyze(Rubric, [Score(Rubric, Assessed("b", 8m, 10m, flatsLost: 1))]);

        var unit = report.Bodies[0].Units[0];
        Assert.Equal(7m, unit.Lost);
        Assert.Equal(["t2.1", "t1.1"], unit.Losses.Select(static l => l.ItemId));
        Assert.Equal([5m / 7m, 2m / 7m], unit.Losses.Select(static l => l.Share));
        Assert.Equal(8m, unit.Losses[1].Score);
        Assert.NotNull(unit.Losses[0].Explanation);
        Assert.NotNull(unit.Losses[0].ExplanationChinese);
    }

    [Fact]
    public void Analyze_SelfAboveAssessor_ListsOverClaimsAndItemGaps()
    {
        var results = new[]
        {
            Score(Rubric, Assessed("a", 8m, 10m, self: Column(10m, 10m))), // t1.1: self 10, assessor 8
            Score(Rubric, Assessed("b", 10m, 10m, self: Column(9m, 10m))), // t1.1: self 9, assessor 10
            Score(Rubric, Assessed("c", 10m, 10m)), // assessor only: not compared
        };

        var body = ReportAnalyzer.Analyze(Rubric, results).Bodies[0];

        Assert.Equal(["t1.1"], body.Units.Single(u => u.UnitId == "a").OverClaims.Select(static g => g.ItemId));
        Assert.Empty(body.Units.Single(u => u.UnitId == "b").OverClaims);
        var item = body.Items.Single(i => i.ItemId == "t1.1");
        Assert.Equal((2, 0.5m, 1), (item.UnitsCompared, item.MeanGap, item.UnitsOverClaiming));
        Assert.Equal((1, 2m, 2m, 2m), (item.UnitsLosing, item.TotalLost, item.MeanLoss, item.LargestLoss));
        Assert.Equal("t1", item.TaskId);
    }

    [Fact]
    public void Analyze_SelfOnlyAssessment_LossesComeFromTheSelfColumn()
    {
        var selfOnly = new Assessment("a", AssessmentRound.Annual, Column(7m, 10m), null);

        var unit = ReportAnalyzer.Analyze(Rubric, [Score(Rubric, selfOnly)]).Bodies[0].Units[0];

        Assert.Equal((3m, "t1.1"), (unit.Lost, unit.Losses[0].ItemId));
        Assert.Null(unit.Gap);
    }

    [Fact]
    public void Analyze_Roster_GroupsByBodyAndKeepsUnitsOffTheRosterApart()
    {
        var results = new[]
        {
            Score(Rubric, Assessed("s01", 10m, 10m)),
            Score(Rubric, Assessed("s02", 5m, 10m)),
            Score(Rubric, Assessed("stranger", 1m, 1m)),
        };
        var roster = Roster("s01", "s02", "s03");
        var awards = AwardCalculator.Calculate(Rubric, roster, results);

        var report = ReportAnalyzer.Analyze(Rubric, results, roster, awards);

        Assert.Equal(["county", Centre, null], report.Bodies.Select(static b => b.BodyId));
        var centre = report.Bodies[1];
        Assert.Equal(["s01", "s02"], centre.Units.Select(static u => u.UnitId));
        Assert.Equal("学校 s01", centre.Units[0].UnitName);
        Assert.Equal(["s03"], centre.Unscored.Select(static u => u.UnitId));
        Assert.Equal(UnscoredReason.NoAssessment, centre.Unscored[0].Reason);
        Assert.Equal(["s01"], Assert.Single(centre.Awards).Awarded.Select(static u => u.UnitId));
        Assert.Empty(report.Bodies[0].Awards.SelectMany(static a => a.Awarded));
        Assert.Equal(["stranger"], report.Bodies[2].Units.Select(static u => u.UnitId));
    }

    [Fact]
    public void Analyze_TiedScores_ShareARankAndFollowUnitId()
    {
        var results = new[]
        {
            Score(Rubric, Assessed("c", 9m, 10m)),
            Score(Rubric, Assessed("b", 10m, 10m)),
            Score(Rubric, Assessed("a", 9m, 10m)),
            Score(Rubric, Assessed("d", 1m, 10m)),
        };

        var units = ReportAnalyzer.Analyze(Rubric, results).Bodies[0].Units;

        Assert.Equal(["1 b", "2 a", "2 c", "4 d"], units.Select(static u => $"{u.Rank} {u.UnitId}"));
    }

    [Fact]
    public void Analyze_SameInputsShuffled_GivesTheSameOrder()
    {
        var results = Enumerable.Range(0, 12).Select(i => Score(Rubric, Assessed("u" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), i % 3, 10m, i % 4))).ToArray();
        var shuffled = results.Reverse().ToArray();

        var first = ReportAnalyzer.Analyze(Rubric, results).Bodies[0];
        var second = ReportAnalyzer.Analyze(Rubric, shuffled).Bodies[0];

        Assert.Equal(first.Units.Select(static u => u.UnitId), second.Units.Select(static u => u.UnitId));
        Assert.Equal(first.CostliestItems.Select(static i => i.ItemId), second.CostliestItems.Select(static i => i.ItemId));
    }

    [Fact]
    public void Analyze_ResultOfAnotherRubric_Throws()
    {
        var other = Sheet();

        var exception = Assert.Throws<ArgumentException>(() => ReportAnalyzer.Analyze(Rubric, [Score(other, Assessed("a", 1m, 1m))]));

        Assert.Equal("results", exception.ParamName);
    }
}
