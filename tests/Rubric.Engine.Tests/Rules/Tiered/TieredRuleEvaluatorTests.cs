using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules.Tiered;

public class TieredRuleEvaluatorTests
{
    private static readonly Item Statistics = new("t2.6", 6, "按时上报统计表", 2m, new TieredRule(
    [
        new RuleLevel("onTime", "按时上报", 0m),
        new RuleLevel("late", "没有按时上报", 1m),
        new RuleLevel("notSubmitted", "未交", 2m),
    ]));

    private static RuleOutcome Evaluate(Observation observation) =>
        new TieredRuleEvaluator().Evaluate(new RuleContext(Statistics, ScoreSide.Assessor, observation));

    [Theory]
    [InlineData("onTime", 0)]
    [InlineData("late", 1)]
    [InlineData("notSubmitted", 2)]
    public void Evaluate_Level_LosesLevelLoss(string level, int loss) =>
        Assert.Equal(loss, Evaluate(Observation.Level("t2.6", level)).Loss);

    [Fact]
    public void Score_Late_ExplainedWithLevelText()
    {
        var deduction = TestRubrics.ScoreOne(Statistics, Observation.Level("t2.6", "late")).Scorecard!.FindItem("t2.6")!.Value.AssessorDeduction!;
        Assert.Equal(DeductionReason.Level, deduction.Reason);
        Assert.Equal("late", deduction.Detail);
        Assert.Equal("Item 6 (t2.6): level '没有按时上报' (late); lost 1 of 2.", deduction.Explain());
        Assert.Equal("第6项（t2.6）：没有按时上报，扣1分。", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Score_OnTime_NoDeduction()
    {
        var item = TestRubrics.ScoreOne(Statistics, Observation.Level("t2.6", "onTime")).Scorecard!.FindItem("t2.6")!.Value;
        Assert.Null(item.AssessorDeduction);
        Assert.Equal(2m, item.Score.Assessor);
    }

    [Fact]
    public void Evaluate_UnknownLevel_ErrorListingLevels()
    {
        var outcome = Evaluate(Observation.Level("t2.6", "early"));
        Assert.Equal(ScoringErrorCode.UnknownLevel, outcome.ErrorCode);
        Assert.Equal("level", outcome.ErrorKey);
        Assert.Equal("'early' is not a level of this item; expected one of onTime, late, notSubmitted.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_LevelNotText_InvalidValue()
    {
        var outcome = Evaluate(Observation.Of("t2.6", ("level", 1)));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("'level' is 1; expected a text.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_LevelAbsent_MissingValue() =>
        Assert.Equal(ScoringErrorCode.MissingValue, Evaluate(Observation.Met("t2.6", true)).ErrorCode);
}
