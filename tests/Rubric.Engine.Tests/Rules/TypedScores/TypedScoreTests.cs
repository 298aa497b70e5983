using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules.TypedScores;

public class TypedScoreTests
{
    private static ScoringResult ScoreSeed(params Observation[] replacements) =>
        ScoringEngine.Default.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedWith(replacements)));

    private static ItemResult SeedItem(string itemId, Observation observation)
    {
        var result = ScoreSeed(observation);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Scorecard.FindItem(itemId)!.Value;
    }

    private static ScoringError SingleError(Observation observation)
    {
        var result = ScoreSeed(observation);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Resolve_ItemNineAtOnePointFour_ThreeMissingBehindIt()
    {
        var item = SeedItem("t1.9", Observation.Scored("t1.9", 1.4m));
        Assert.Equal(1.4m, item.Score.Assessor);
        Assert.Equal(DeductionReason.UnitsMissing, item.AssessorDeduction!.Reason);
        Assert.Equal(3m, item.AssessorDeduction.Quantity);
        Assert.Equal("Item 9 (t1.9): scored directly 1.4, that is: 3 人次 missing × 0.2 = 0.6; lost 0.6 of 2.", item.AssessorDeduction.Explain());
        Assert.Equal("第9项（t1.9）：直接填写得分1.4分，即未完成3人次，每人次扣0.2分，计0.6分，扣0.6分。", item.AssessorDeduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Resolve_ItemNineAtOnePointFive_ErrorNamesItemValueAndNearestScores()
    {
        var error = SingleError(Observation.Scored("t1.9", 1.5m));
        Assert.Equal(ScoringErrorCode.InvalidValue, error.Code);
        Assert.Equal("t1.9", error.ItemId);
        Assert.Equal(ObservationKeys.Score, error.Key);
        Assert.Equal("The score 1.5 cannot be produced by this item's perUnit rule; the nearest scores it can produce are 1.4 and 1.6.", error.Message);
    }

    [Fact]
    public void Resolve_AboveThePoints_ErrorNamesTheHighestScore()
    {
        var error = SingleError(Observation.Scored("t1.13", 2m));
        Assert.Equal("The score 2 cannot be produced by this item's shortfall rule; the nearest score it can produce is 1.", error.Message);
    }

    [Fact]
    public void Resolve_ZeroOnPerUnit_ScoreStandsButNoObservationIsNamed()
    {
        var item = SeedItem("t1.9", Observation.Scored("t1.9", 0m));
        Assert.Equal(0m, item.Score.Assessor);
        Assert.Equal(DeductionReason.ScoredDirectly, item.AssessorDeduction!.Reason);
        Assert.Equal("Item 9 (t1.9): scored directly 0 of 2, which more than one observation gives; lost 2.", item.AssessorDeduction.Explain());
    }

    [Fact]
    public void Resolve_FullMarksTyped_NoDeduction()
    {
        var item = SeedItem("t1.14", Observation.Scored("t1.14", 2m));
        Assert.Equal(2m, item.Score.Assessor);
        Assert.Null(item.AssessorDeduction);
    }

    [Theory]
    [InlineData("t1.1", 0, DeductionReason.NotMet)]
    [InlineData("t1.7", 1.5, DeductionReason.UnitsMissing)]
    [InlineData("t1.13", 0.8, DeductionReason.BelowTarget)]
    [InlineData("t2.6", 1, DeductionReason.Level)]
    [InlineData("t1.16", 1.5, DeductionReason.Judged)]
    [InlineData("t1.4", 0, DeductionReason.ScoredDirectly)]
    public void Resolve_EachRuleKind_ScoreTakenWithTheReasonBehindIt(string itemId, double score, DeductionReason reason)
    {
        var item = SeedItem(itemId, Observation.Scored(itemId, (decimal)score));
        Assert.Equal((decimal)score, item.Score.Assessor);
        Assert.Equal(reason, item.AssessorDeduction!.Reason);
    }

    [Fact]
    public void Resolve_JudgedAbovePoints_ErrorNamesThePoints()
    {
        var error = SingleError(Observation.Scored("t1.16", 2.5m));
        Assert.Equal("The score 2.5 cannot be produced by this item's judged rule; the nearest score it can produce is 2.", error.Message);
    }

    [Fact]
    public void Resolve_ObservationAgreesWithScore_ExplainedAsRecordedBeside()
    {
        var item = SeedItem("t1.9", Observation.Scored("t1.9", 1.4m, Observation.Missing("t1.9", 3)));
        Assert.Equal(1.4m, item.Score.Assessor);
        Assert.Equal("Item 9 (t1.9): scored 1.4, as the record beside it shows: 3 人次 missing × 0.2 = 0.6; lost 0.6 of 2.", item.AssessorDeduction!.Explain());
    }

    [Fact]
    public void Resolve_ObservationDisagreesWithScore_ErrorNamesBoth()
    {
        var error = SingleError(Observation.Scored("t1.9", 1.6m, Observation.Missing("t1.9", 3)));
        Assert.Equal(ObservationKeys.Score, error.Key);
        Assert.Equal("The score 1.6 and the observation {missing = 3} disagree: that observation scores 1.4.", error.Message);
    }

    [Fact]
    public void Resolve_ObservationBesideScoreInvalid_ErrorOfThatObservation()
    {
        var error = SingleError(Observation.Scored("t1.9", 1.4m, Observation.Missing("t1.9", -1)));
        Assert.Equal(ObservationKeys.Missing, error.Key);
    }

    [Fact]
    public void Resolve_KindWithoutCandidates_ErrorSaysToRecordTheObservation()
    {
        var item = new Item("c", 1, "custom", 1m, new TestDoubles.BonusRule(0.5m));
        var engine = ScoringEngine.CreateBuilder().AddRuleKind(new TestDoubles.BonusRuleEvaluator()).Build();
        var result = engine.Score(TestRubrics.Of(item), TestRubrics.AssessorOnly(Observation.Scored("c", 1m)));
        Assert.Equal("A bonusLoss rule takes no score typed directly; record what was observed.", Assert.Single(result.Errors).Message);
    }
}
