using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules.Shortfall;

public class ShortfallRuleEvaluatorTests
{
    private static readonly Item StaffVisits = new("t1.13", 13, "走访教职工", 1m, new ShortfallRule(20, 0.2m));
    private static readonly Item StudentVisits = new("t1.14", 14, "走访学生", 2m, new ShortfallRule(20, 0.4m));

    private static RuleOutcome Evaluate(Item item, Observation observation) =>
        new ShortfallRuleEvaluator().Evaluate(new RuleContext(item, ScoreSide.Assessor, observation));

    [Fact]
    public void Score_SeventeenOfTwentyAtPointTwo_ScoresPointFour()
    {
        var item = TestRubrics.ScoreOne(StaffVisits, Observation.Achieved("t1.13", 17)).Scorecard!.FindItem("t1.13")!.Value;
        Assert.Equal(0.4m, item.Score.Assessor);
        Assert.Equal(0.6m, item.AssessorDeduction!.Amount);
        Assert.Equal(3m, item.AssessorDeduction.Quantity);
        Assert.Equal(DeductionReason.BelowTarget, item.AssessorDeduction.Reason);
    }

    [Fact]
    public void Score_SeventeenOfTwentyAtPointFour_ScoresOnePointTwoOfTwo()
    {
        var item = TestRubrics.ScoreOne(StudentVisits, Observation.Achieved("t1.14", 17)).Scorecard!.FindItem("t1.14")!.Value;
        Assert.Equal(0.8m, item.Score.Assessor);
        Assert.Equal(1.2m, item.AssessorDeduction!.Amount);
    }

    [Fact]
    public void Score_SeventeenOfTwenty_Explained()
    {
        var deduction = TestRubrics.ScoreOne(StaffVisits, Observation.Achieved("t1.13", 17)).Scorecard!.FindItem("t1.13")!.Value.AssessorDeduction!;
        Assert.Equal("Item 13 (t1.13): achieved 17 of 20 人次, 3 short × 0.2 = 0.6; lost 0.6 of 1.", deduction.Explain());
        Assert.Equal("第13项（t1.13）：完成17人次，要求20人次，差3人次，每人次扣0.2分，计0.6分，扣0.6分。", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Evaluate_AchievedZero_LosesAll()
    {
        var outcome = Evaluate(StudentVisits, Observation.Achieved("t1.14", 0));
        Assert.Equal(2m, outcome.Loss);
        Assert.Equal(DeductionReason.NoneDone, outcome.Reason);
    }

    [Fact]
    public void Evaluate_AchievedZeroWithoutNoneDoneRule_CappedShortfall()
    {
        var item = new Item("x", 1, "x", 1m, new ShortfallRule(20, 0.2m, noneDoneLosesAll: false));
        var outcome = Evaluate(item, Observation.Achieved("x", 0));
        Assert.Equal(1m, outcome.Loss);
        Assert.Equal(4m, outcome.UncappedLoss);
        Assert.Equal(DeductionReason.BelowTarget, outcome.Reason);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    [InlineData(500)]
    public void Evaluate_AchievedAtOrAboveTarget_NoLoss(int achieved) =>
        Assert.Equal(0m, Evaluate(StaffVisits, Observation.Achieved("t1.13", achieved)).Loss);

    [Fact]
    public void Evaluate_FarBelowTarget_CappedAtPoints()
    {
        var outcome = Evaluate(StaffVisits, Observation.Achieved("t1.13", 1));
        Assert.Equal(1m, outcome.Loss);
        Assert.Equal(3.8m, outcome.UncappedLoss);
    }

    [Fact]
    public void Evaluate_NoneDone_LosesAll() =>
        Assert.Equal(1m, Evaluate(StaffVisits, Observation.NoneDone("t1.13")).Loss);

    [Fact]
    public void Evaluate_NegativeAchieved_ErrorNamingValue()
    {
        var outcome = Evaluate(StaffVisits, Observation.Achieved("t1.13", -3));
        Assert.Equal(ScoringErrorCode.InvalidValue, outcome.ErrorCode);
        Assert.Equal("achieved", outcome.ErrorKey);
        Assert.Contains("-3", outcome.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AchievedAbsent_MissingValue() =>
        Assert.Equal(ScoringErrorCode.MissingValue, Evaluate(StaffVisits, Observation.Missing("t1.13", 3)).ErrorCode);
}
