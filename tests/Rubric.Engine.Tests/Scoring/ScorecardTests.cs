using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public partial class ScorecardTests
{
    private static Scorecard SideBySide() => ScoringEngine.Default.Score(
        TestRubrics.Seed(),
        new Assessment("school-01", AssessmentRound.Annual,
            self: TestRubrics.SeedWith(Observation.Missing("t1.9", 1)),
            assessor: TestRubrics.SeedWith(Observation.Met("t1.1", false), Observation.Missing("t1.9", 3), Observation.Achieved("t1.13", 17), Observation.Level("t2.6", "late"))))
        .Scorecard!;

    [Fact]
    public void Items_SelfAndAssessor_SideBySideWithGap()
    {
        var item = SideBySide().FindItem("t1.9")!.Value;
        Assert.Equal(1.8m, item.Score.Self);
        Assert.Equal(1.4m, item.Score.Assessor);
        Assert.Equal(0.4m, item.Score.Gap);
        Assert.Equal(1.4m, item.Score.Final);
    }

    [Fact]
    public void Stages_SideBySide_GapPerStage()
    {
        var stage = SideBySide().FindStage("t1.impl")!;
        Assert.Equal((14.8m, 13.8m, 1m), (stage.Score.Self!.Value, stage.Score.Assessor!.Value, stage.Score.Gap!.Value));
    }

    [Fact]
    public void Tasks_SideBySide_GapPerTask()
    {
        var card = SideBySide();
        Assert.Equal(2m, card.FindTask("t1")!.Score.Gap);
        Assert.Equal(1m, card.FindTask("t2")!.Score.Gap);
    }

    [Fact]
    public void Total_SideBySide_GapAndFinal()
    {
        var card = SideBySide();
        Assert.Equal(26.8m, card.Total.Self);
        Assert.Equal(23.8m, card.Total.Assessor);
        Assert.Equal(3m, card.Total.Gap);
        Assert.Equal(23.8m, card.Score);
        Assert.Equal(ScoreSide.Assessor, card.FinalSide);
        Assert.Equal("school-01: 23.8 / 100", card.ToString());
    }

    [Fact]
    public void Total_AssessorColumnNotFilled_NullAssessorScoresAndSelfFinal()
    {
        var card = ScoringEngine.Default.Score(TestRubrics.Seed(), TestRubrics.SelfOnly(TestRubrics.SeedWith(Observation.Met("t1.2", false)))).Scorecard!;
        Assert.Null(card.Total.Assessor);
        Assert.Null(card.Total.Gap);
        Assert.Null(card.FindItem("t1.2")!.Value.Score.Assessor);
        Assert.Null(card.FindStage("t1.prep")!.Score.Assessor);
        Assert.Null(card.FindTask("t1")!.Score.Assessor);
        Assert.Equal(26m, card.Total.Final);
        Assert.Equal(ScoreSide.Self, card.FinalSide);
        Assert.Empty(card.Deductions(ScoreSide.Assessor));
    }

    [Fact]
    public void Total_SelfColumnNotFilled_NullSelfScores()
    {
        var card = ScoringEngine.Default.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!;
        Assert.Null(card.Total.Self);
        Assert.Null(card.FindItem("t1.1")!.Value.Score.Self);
        Assert.Equal(27m, card.Score);
    }

    [Fact]
    public void FindTask_AssessorColumnNotFilled_NullAssessorScore()
    {
        var card = ScoringEngine.Default.Score(TestRubrics.Seed(), TestRubrics.SelfOnly(TestRubrics.SeedWith(Observation.Met("t1.2", false)))).Scorecard!;

        var score = card.FindTask("t1")!.Score;

        Assert.Null(score.Assessor);
        Assert.Equal(card.Rubric.Tasks[0].Points - 1m, score.Self);
    }

    [Fact]
    public void Deductions_Assessor_InRubricOrder()
    {
        Assert.Equal(["t1.1", "t1.9", "t1.13", "t2.6"], SideBySide().Deductions(ScoreSide.Assessor).Select(d => d.Item.Id));
        Assert.Equal(["t1.9"], SideBySide().Deductions(ScoreSide.Self).Select(d => d.Item.Id));
    }

    [Fact]
    public void Deductions_AmountEqualsPointsMinusScore()
    {
        var card = SideBySide();
        foreach (var deduction in card.Deductions(ScoreSide.Assessor))
        {
            Assert.Equal(deduction.Item.Points - card.FindItem(deduction.Item.Id)!.Value.Score.Assessor, deduction.Amount);
        }
    }

    [Fact]
    public void FindItem_Unknown_ReturnsNull()
    {
        var card = SideBySide();
        Assert.Null(card.FindItem("x"));
        Assert.Null(card.FindStage("x"));
        Assert.Null(card.FindTask("x"));
    }

    [Fact]
    public void Items_AllItems_InOrder() =>
        Assert.Equal(TestRubrics.Seed().Items.Select(i => i.Id), SideBySide().Items.Select(i => i.Item.Id));

    [Fact]
    public void IsVetoed_NoVetoStep_False() =>
        Assert.False(SideBySide().IsVetoed(ScoreSide.Assessor));
}
