using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules.Judged;

public class JudgedRuleEvaluatorTests
{
    private static readonly Item Reputation = new("t1.16", 16, "社会形象良好", 2m, new JudgedRule());
    private static readonly Item Stepped = new("t1.17", 17, "上级表彰", 2m, new JudgedRule(0.5m));

    private static RuleOutcome Evaluate(Item item, Observation observation) =>
        new JudgedRuleEvaluator().Evaluate(new RuleContext(item, ScoreSide.Assessor, observation));

    [Fact]
    public void Score_OnePointFiveOfTwo_LosesHalf()
    {
        var item = TestRubrics.ScoreOne(Reputation, Observation.Awarded("t1.16", 1.5m)).Scorecard!.FindItem("t1.16")!.Value;
        Assert.Equal(1.5m, item.Score.Assessor);
        Assert.Equal(0.5m, item.AssessorDeduction!.Amount);
        Assert.Equal("Item 16 (t1.16): judged 1.5 of 2; lost 0.5.", item.AssessorDeduction.Explain());
        Assert.Equal("第16项（t1.16）：评定得1.5分（满分2分），扣0.5分。", item.AssessorDeduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Evaluate_FullPoints_NoLoss() =>
        Assert.Equal(0m, Evaluate(Reputation, Observation.Awarded("t1.16", 2m)).Loss);

    [Fact]
    public void Evaluate_Zero_LosesAll() =>
        Assert.Equal(2m, Evaluate(Reputation, Observation.Awarded("t1.16", 0m)).Loss);

    [Fact]
    public void Evaluate_AbovePoints_ErrorNamingValue()
    {
        var outcome = Evaluate(Reputation, Observation.Awarded("t1.16", 2.5m));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("awarded", outcome.ErrorKey);
        Assert.Equal("'awarded' is 2.5; expected 0 to 2.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_Negative_ErrorNamingValue()
    {
        var outcome = Evaluate(Reputation, Observation.Awarded("t1.16", -0.5m));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("'awarded' is -0.5; expected 0 to 2.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_NotMultipleOfStep_ErrorNamingStep()
    {
        var outcome = Evaluate(Stepped, Observation.Awarded("t1.17", 1.2m));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("'awarded' is 1.2; expected a multiple of 0.5.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_MultipleOfStep_LosesRemainder() =>
        Assert.Equal(0.5m, Evaluate(Stepped, Observation.Awarded("t1.17", 1.5m)).Loss);

    [Fact]
    public void Evaluate_AwardedAsBoolean_InvalidValue() =>
        Assert.Equal(ScoringErrorCode.InvalidValue, Evaluate(Reputation, Observation.Of("t1.16", ("awarded", true))).ErrorCode);

    [Fact]
    public void Evaluate_AwardedAbsent_MissingValue() =>
        Assert.Equal(ScoringErrorCode.MissingValue, Evaluate(Reputation, Observation.Met("t1.16", true)).ErrorCode);
}
