using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public class ItemResultTests
{
    private static ItemResult Lecture(bool selfMet, bool assessorMet) => ScoringEngine.Default.Score(
        TestRubrics.Of(new Item("t1.8", 8, "党课", 1m, new FlatRule())),
        new Assessment("u", AssessmentRound.Annual, [Observation.Met("t1.8", selfMet)], [Observation.Met("t1.8", assessorMet)]))
        .Scorecard!.FindItem("t1.8")!;

    [Fact]
    public void DeductionFor_OnlyAssessorLost_OnlyAssessorDeduction()
    {
        var item = Lecture(selfMet: true, assessorMet: false);
        Assert.Null(item.SelfDeduction);
        Assert.Null(item.DeductionFor(ScoreSide.Self));
        Assert.Same(item.AssessorDeduction, item.DeductionFor(ScoreSide.Assessor));
        Assert.Equal(ScoreSide.Assessor, item.AssessorDeduction!.Side);
    }

    [Fact]
    public void DeductionFor_BothLost_SeparateDeductionPerSide()
    {
        var item = Lecture(selfMet: false, assessorMet: false);
        Assert.NotSame(item.SelfDeduction, item.AssessorDeduction);
        Assert.Equal(ScoreSide.Self, item.SelfDeduction!.Side);
        Assert.Equal(ScoreSide.Assessor, item.AssessorDeduction!.Side);
    }

    [Fact]
    public void Score_SelfKeptAssessorLost_PositiveGap()
    {
        var item = Lecture(selfMet: true, assessorMet: false);
        Assert.Equal(new ScorePair(1m, 0m), item.Score);
        Assert.Equal(1m, item.Score.Gap);
    }

    [Fact]
    public void ToString_GermanCurrentCulture_InvariantScores()
    {
        var item = ScoringEngine.Default.Score(
            TestRubrics.Of(new Item("t1.9", 9, "x", 2m, new PerUnitRule(0.2m))),
            new Assessment("u", AssessmentRound.Annual, [Observation.Missing("t1.9", 1)], [Observation.Missing("t1.9", 3)]))
            .Scorecard!.FindItem("t1.9")!;
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("t1.9: self 1.8, assessor 1.4", item.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
