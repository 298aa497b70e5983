using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public class ItemResultTests
{
    private static ItemResult Lecture(bool selfMet, bool assessorMet) => ScoringEngine.Default.Score(
        TestRubrics.Of(new Item("t1.8", 8, "党课", 1m, new FlatRule())),
        new Assessment("u", AssessmentRound.Annual, [Observation.Met("t1.8", selfMet)], [Observation.Met("t1.8", assessorMet)]))
        .Scorecard!.FindItem("t1.8")!.Value;

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
            .Scorecard!.FindItem("t1.9")!.Value;
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

    [Fact]
    public void Item_DefaultValue_ThrowsInvalidOperation()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => default(ItemResult).Item);
        Assert.Contains("default value", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameItemReadTwice_Equal()
    {
        var card = ScoringEngine.Default.Score(
            TestRubrics.Of(new Item("t1.8", 8, "党课", 1m, new FlatRule())),
            TestRubrics.AssessorOnly(Observation.Met("t1.8", false))).Scorecard!;

        var first = card.FindItem("t1.8")!.Value;
        var second = card.Items.Single();

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_SameItemOfAnotherScorecard_NotEqual()
    {
        var one = Lecture(selfMet: true, assessorMet: false);
        var other = Lecture(selfMet: true, assessorMet: false);

        Assert.Equal(one.Score, other.Score);
        Assert.NotEqual(one, other);
        Assert.True(one != other);
    }
}
