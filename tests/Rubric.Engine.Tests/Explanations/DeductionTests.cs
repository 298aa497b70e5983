using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Explanations;

public class DeductionTests
{
    private static readonly Item Visits = new("t1.9", 9, "进办公室", 2m, new PerUnitRule(0.2m));

    private static Deduction Missing(int count) =>
        TestRubrics.ScoreOne(Visits, Observation.Missing("t1.9", count)).Scorecard!.FindItem("t1.9")!.Value.AssessorDeduction!;

    [Fact]
    public void CapApplied_BelowCap_False()
    {
        var deduction = Missing(3);
        Assert.False(deduction.CapApplied);
        Assert.Equal(deduction.Amount, deduction.UncappedAmount);
    }

    [Fact]
    public void CapApplied_AboveCap_TrueWithUncappedAmount()
    {
        var deduction = Missing(12);
        Assert.True(deduction.CapApplied);
        Assert.Equal((2m, 2.4m), (deduction.Amount, deduction.UncappedAmount));
    }

    [Fact]
    public void Properties_PerUnit_DescribeTheRule()
    {
        var deduction = Missing(3);
        Assert.Equal(("perUnit", DeductionReason.UnitsMissing, 3m, ScoreSide.Assessor), (deduction.RuleKind, deduction.Reason, deduction.Quantity, deduction.Side));
        Assert.Same(Visits, deduction.Item);
        Assert.Equal(Observation.Missing("t1.9", 3).ToString(), deduction.Observation!.ToString());
    }

    [Fact]
    public void ToString_Deduction_EnglishExplanation() =>
        Assert.Equal(Missing(3).Explain(ExplanationLanguage.English), Missing(3).ToString());

    [Fact]
    public void Explain_CustomEvaluator_UsesEvaluatorsExplain()
    {
        var engine = ScoringEngine.CreateBuilder().AddRuleKind(new TestDoubles.BonusRuleEvaluator()).Build();
        var deduction = engine.Score(TestRubrics.Of(new Item("c", 1, "c", 1m, new TestDoubles.BonusRule(1m))), TestRubrics.AssessorOnly(Observation.Met("c", false)))
            .Scorecard!.FindItem("c")!.Value.AssessorDeduction!;
        Assert.Equal("custom rule: lost 1", deduction.Explain());
        Assert.Equal("自定义规则：扣1分", deduction.Explain(ExplanationLanguage.Chinese));
    }
}
