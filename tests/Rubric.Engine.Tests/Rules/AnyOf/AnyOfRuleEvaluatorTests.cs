using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules.AnyOf;

public class AnyOfRuleEvaluatorTests
{
    private static readonly Item Publicity = new("t1.4", 4, "标语、宣传栏", 1m, new AnyOfRule([new RuleCondition("slogan", "醒目标语"), new RuleCondition("noticeboard", "宣传栏")]));

    private static RuleOutcome Evaluate(Observation observation) =>
        new AnyOfRuleEvaluator().Evaluate(new RuleContext(Publicity, ScoreSide.Assessor, observation));

    [Fact]
    public void Evaluate_AllMet_NoLoss() =>
        Assert.Equal(0m, Evaluate(Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", true))).Loss);

    [Theory]
    [InlineData(false, true, "slogan", 1)]
    [InlineData(true, false, "noticeboard", 1)]
    [InlineData(false, false, "slogan,noticeboard", 2)]
    public void Evaluate_SomeFailing_LosesPointsOnce(bool slogan, bool noticeboard, string failed, int failures)
    {
        var outcome = Evaluate(Observation.Conditions("t1.4", ("slogan", slogan), ("noticeboard", noticeboard)));
        Assert.Equal(1m, outcome.Loss);
        Assert.Equal(DeductionReason.ConditionsNotMet, outcome.Reason);
        Assert.Equal(failed, outcome.Detail);
        Assert.Equal(failures, outcome.Quantity);
    }

    [Fact]
    public void Score_BothFailing_ExplainsBothConditionsOnce()
    {
        var deduction = TestRubrics.ScoreOne(Publicity, Observation.Conditions("t1.4", ("slogan", false), ("noticeboard", false))).Scorecard!.FindItem("t1.4")!.Value.AssessorDeduction!;
        Assert.Equal(1m, deduction.Amount);
        Assert.Equal("Item 4 (t1.4): not met: 醒目标语, 宣传栏; lost 1 of 1 once.", deduction.Explain());
        Assert.Equal("第4项（t1.4）：未做到醒目标语、宣传栏，扣1分。", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Evaluate_UnknownCondition_ErrorNamingCondition()
    {
        var outcome = Evaluate(Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", true), ("poster", true)));
        Assert.Equal(ScoringErrorCode.UnknownCondition, outcome.ErrorCode);
        Assert.Equal("poster", outcome.ErrorKey);
        Assert.Equal("'poster' is not a condition of this item; expected one of slogan, noticeboard.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_UnknownConditionInPlaceOfAKnownOne_ErrorNamingTheUnknownCondition()
    {
        // As many values as conditions, but not the same names: the unknown one is reported, not the missing one.
        var outcome = Evaluate(Observation.Conditions("t1.4", ("slogan", true), ("poster", true)));
        Assert.Equal(ScoringErrorCode.UnknownCondition, outcome.ErrorCode);
        Assert.Equal("poster", outcome.ErrorKey);
    }

    [Fact]
    public void Evaluate_ConditionAbsent_MissingValue()
    {
        var outcome = Evaluate(Observation.Conditions("t1.4", ("slogan", true)));
        Assert.Equal(ScoringErrorCode.MissingValue, outcome.ErrorCode);
        Assert.Equal("noticeboard", outcome.ErrorKey);
    }

    [Fact]
    public void Evaluate_ConditionNotBoolean_InvalidValue()
    {
        var outcome = Evaluate(Observation.Of("t1.4", ("slogan", true), ("noticeboard", "yes")));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("noticeboard", outcome.ErrorKey);
        Assert.Equal("'noticeboard' is \"yes\"; expected true or false.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_CustomLoss_LosesCustomLossOnce()
    {
        var item = new Item("x", 1, "x", 2m, new AnyOfRule([new RuleCondition("a", "A"), new RuleCondition("b", "B")], 0.5m));
        var outcome = new AnyOfRuleEvaluator().Evaluate(new RuleContext(item, ScoreSide.Self, Observation.Conditions("x", ("a", false), ("b", false))));
        Assert.Equal(0.5m, outcome.Loss);
    }
}
