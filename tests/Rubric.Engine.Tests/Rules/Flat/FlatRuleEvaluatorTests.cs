using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules.Flat;

public class FlatRuleEvaluatorTests
{
    private static readonly Item Lecture = new("t1.8", 8, "党课", 1m, new FlatRule());

    private static RuleOutcome Evaluate(Item item, Observation observation) =>
        new FlatRuleEvaluator().Evaluate(new RuleContext(item, ScoreSide.Assessor, observation));

    [Fact]
    public void Evaluate_Met_NoLoss()
    {
        var outcome = Evaluate(Lecture, Observation.Met("t1.8", true));
        Assert.False(outcome.IsError);
        Assert.Equal(0m, outcome.Loss);
    }

    [Fact]
    public void Evaluate_NotMet_LosesItemPoints()
    {
        var outcome = Evaluate(Lecture, Observation.Met("t1.8", false));
        Assert.Equal(1m, outcome.Loss);
        Assert.Equal(DeductionReason.NotMet, outcome.Reason);
    }

    [Fact]
    public void Evaluate_NotMetWithCustomLoss_LosesCustomLoss()
    {
        var item = new Item("x", 3, "x", 2m, new FlatRule(0.5m));
        var result = TestRubrics.ScoreOne(item, Observation.Met("x", false));
        Assert.True(result.Succeeded);
        Assert.Equal(1.5m, result.Scorecard.FindItem("x")!.Value.Score.Assessor);
        Assert.Equal(0.5m, result.Scorecard.FindItem("x")!.Value.AssessorDeduction!.Amount);
    }

    [Fact]
    public void Score_NotMet_ExplainsInBothLanguages()
    {
        var deduction = TestRubrics.ScoreOne(Lecture, Observation.Met("t1.8", false)).Scorecard!.FindItem("t1.8")!.Value.AssessorDeduction!;
        Assert.Equal("Item 8 (t1.8): requirement not met; lost 1 of 1.", deduction.Explain());
        Assert.Equal("第8项（t1.8）：未达到要求，扣1分（满分1分）。", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Evaluate_MetIsNumber_InvalidValueNamingKey()
    {
        var outcome = Evaluate(Lecture, Observation.Of("t1.8", ("met", 1)));
        Assert.True(outcome.IsError);
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("met", outcome.ErrorKey);
        Assert.Equal("'met' is 1; expected true or false.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_MetAbsent_MissingValue()
    {
        var outcome = Evaluate(Lecture, Observation.Of("t1.8", ("missing", 2)));
        Assert.Equal(ScoringErrorCode.MissingValue, outcome.ErrorCode);
        Assert.Equal("met", outcome.ErrorKey);
        Assert.Equal("'met' is missing; expected true or false.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_ItemWithOtherRule_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => Evaluate(new Item("j", 1, "x", 1m, new JudgedRule()), Observation.Met("j", true)));

    [Fact]
    public void RuleType_Always_IsFlatRule() => Assert.Equal(typeof(FlatRule), new FlatRuleEvaluator().RuleType);
}
