using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules.PerUnit;

public class PerUnitRuleEvaluatorTests
{
    private static readonly Item Visits = new("t1.9", 9, "进办公室", 2m, new PerUnitRule(0.2m));

    private static RuleOutcome Evaluate(Item item, Observation observation) =>
        new PerUnitRuleEvaluator().Evaluate(new RuleContext(item, ScoreSide.Assessor, observation));

    [Fact]
    public void Score_ThreeMissingAtPointTwo_LosesExactlyPointSix()
    {
        var result = TestRubrics.ScoreOne(Visits, Observation.Missing("t1.9", 3));
        var item = result.Scorecard!.FindItem("t1.9")!.Value;
        Assert.Equal(0.6m, item.AssessorDeduction!.Amount);
        Assert.Equal(1.4m, item.Score.Assessor);
        Assert.False(item.AssessorDeduction.CapApplied);
        Assert.Equal("Item 9 (t1.9): 3 人次 missing × 0.2 = 0.6; lost 0.6 of 2.", item.AssessorDeduction.Explain());
        Assert.Equal("第9项（t1.9）：未完成3人次，每人次扣0.2分，计0.6分，扣0.6分。", item.AssessorDeduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Score_TwelveMissing_CappedAtPoints()
    {
        var deduction = TestRubrics.ScoreOne(Visits, Observation.Missing("t1.9", 12)).Scorecard!.FindItem("t1.9")!.Value.AssessorDeduction!;
        Assert.Equal(2m, deduction.Amount);
        Assert.Equal(2.4m, deduction.UncappedAmount);
        Assert.True(deduction.CapApplied);
        Assert.Equal("Item 9 (t1.9): 12 人次 missing × 0.2 = 2.4, capped at 2; lost 2 of 2.", deduction.Explain());
        Assert.Equal("第9项（t1.9）：未完成12人次，每人次扣0.2分，计2.4分，以2分封顶，扣2分。", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Score_TenMissing_ExactlyPointsWithoutCap()
    {
        var deduction = TestRubrics.ScoreOne(Visits, Observation.Missing("t1.9", 10)).Scorecard!.FindItem("t1.9")!.Value.AssessorDeduction!;
        Assert.Equal(2m, deduction.Amount);
        Assert.False(deduction.CapApplied);
    }

    [Fact]
    public void Evaluate_ExplicitCapBelowPoints_CapsAtCap()
    {
        var item = new Item("x", 1, "x", 2m, new PerUnitRule(0.5m, cap: 1m));
        var outcome = Evaluate(item, Observation.Missing("x", 3));
        Assert.Equal(1m, outcome.Loss);
        Assert.Equal(1.5m, outcome.UncappedLoss);
    }

    [Fact]
    public void Evaluate_NoneDone_LosesWholeItem()
    {
        var outcome = Evaluate(Visits, Observation.NoneDone("t1.9"));
        Assert.Equal(2m, outcome.Loss);
        Assert.Equal(DeductionReason.NoneDone, outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoneDoneWithCapBelowPoints_StillLosesWholeItem() =>
        Assert.Equal(2m, Evaluate(new Item("x", 1, "x", 2m, new PerUnitRule(0.5m, cap: 1m)), Observation.NoneDone("x")).Loss);

    [Fact]
    public void Score_NoneDone_Explained()
    {
        var deduction = TestRubrics.ScoreOne(Visits, Observation.NoneDone("t1.9")).Scorecard!.FindItem("t1.9")!.Value.AssessorDeduction!;
        Assert.Equal("Item 9 (t1.9): none done; lost all 2.", deduction.Explain());
        Assert.Equal("第9项（t1.9）：没做，扣2分。", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Evaluate_NoneDoneFalse_UsesMissingCount() =>
        Assert.Equal(0.4m, Evaluate(Visits, Observation.Of("t1.9", ("noneDone", false), ("missing", 2))).Loss);

    [Fact]
    public void Evaluate_NoneDoneOnRuleWithoutIt_InvalidValue()
    {
        var outcome = Evaluate(new Item("x", 1, "x", 2m, new PerUnitRule(0.2m, noneDoneLosesAll: false)), Observation.NoneDone("x"));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("noneDone", outcome.ErrorKey);
    }

    [Fact]
    public void Evaluate_NoneDoneNotBoolean_InvalidValue() =>
        Assert.Equal(ScoringErrorCode.InvalidValue, Evaluate(Visits, Observation.Of("t1.9", ("noneDone", 1))).ErrorCode);

    [Fact]
    public void Evaluate_ZeroMissing_NoLoss() =>
        Assert.Equal(0m, Evaluate(Visits, Observation.Missing("t1.9", 0)).Loss);

    [Fact]
    public void Evaluate_NegativeCount_ErrorNamingValue()
    {
        var outcome = Evaluate(Visits, Observation.Missing("t1.9", -1));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("missing", outcome.ErrorKey);
        Assert.Equal("'missing' is -1; expected a whole number of 0 or more.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_FractionalCount_ErrorNamingValue()
    {
        var outcome = Evaluate(Visits, Observation.Of("t1.9", ("missing", 2.5m)));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("'missing' is 2.5; expected a whole number of 0 or more.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_CountAsText_ErrorNamingValue()
    {
        var outcome = Evaluate(Visits, Observation.Of("t1.9", ("missing", "three")));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("'missing' is \"three\"; expected a number.", outcome.ErrorMessage);
    }

    [Fact]
    public void Evaluate_CountBeyondInt_Error() =>
        Assert.Equal(ScoringErrorCode.InvalidValue, Evaluate(Visits, Observation.Of("t1.9", ("missing", 3_000_000_000m))).ErrorCode);

    [Fact]
    public void Evaluate_CountAbsent_MissingValue() =>
        Assert.Equal(ScoringErrorCode.MissingValue, Evaluate(Visits, Observation.Of("t1.9", ("met", true))).ErrorCode);

    [Theory]
    [InlineData(1, 0.2)]
    [InlineData(5, 1.0)]
    [InlineData(7, 1.4)]
    [InlineData(9, 1.8)]
    public void Evaluate_MissingCount_LosesCountTimesRate(int missing, double expected) =>
        Assert.Equal((decimal)expected, Evaluate(Visits, Observation.Missing("t1.9", missing)).Loss);
}
