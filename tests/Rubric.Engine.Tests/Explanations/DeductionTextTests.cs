using System.Globalization;
using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Explanations;

public class DeductionTextTests
{
    private static Deduction Deduct(Item item, Observation observation) =>
        TestRubrics.ScoreOne(item, observation).Scorecard!.FindItem(item.Id)!.Value.AssessorDeduction!;

    public static TheoryData<string, string, string> EveryReason() => new()
    {
        { nameof(DeductionReason.NotMet), "Item 1 (a): requirement not met; lost 1 of 1.", "第1项（a）：未达到要求，扣1分（满分1分）。" },
        { nameof(DeductionReason.ConditionsNotMet), "Item 4 (a): not met: 宣传栏; lost 1 of 1 once.", "第4项（a）：未做到宣传栏，扣1分。" },
        { nameof(DeductionReason.UnitsMissing), "Item 7 (a): 1 人 missing × 0.5 = 0.5; lost 0.5 of 2.", "第7项（a）：未完成1人，每人扣0.5分，计0.5分，扣0.5分。" },
        { nameof(DeductionReason.NoneDone), "Item 12 (a): none done; lost all 2.", "第12项（a）：没做，扣2分。" },
        { nameof(DeductionReason.BelowTarget), "Item 14 (a): achieved 19 of 20 人次, 1 short × 0.4 = 0.4; lost 0.4 of 2.", "第14项（a）：完成19人次，要求20人次，差1人次，每人次扣0.4分，计0.4分，扣0.4分。" },
        { nameof(DeductionReason.Level), "Item 6 (a): level '未交' (notSubmitted); lost 2 of 2.", "第6项（a）：未交，扣2分。" },
        { nameof(DeductionReason.Judged), "Item 18 (a): judged 0.25 of 1; lost 0.75.", "第18项（a）：评定得0.25分（满分1分），扣0.75分。" },
        { nameof(DeductionReason.NotObserved), "Item 5 (a): no observation, treated as not done; lost all 1.", "第5项（a）：无考核记录，视为未完成，扣1分。" },
        { nameof(DeductionReason.Custom), "Item 3 (a): lost 0.5 of 2.", "第3项（a）：扣0.5分（满分2分）。" },
    };

    private static Deduction ForReason(string reason) => Enum.Parse<DeductionReason>(reason) switch
    {
        DeductionReason.NotMet => Deduct(new Item("a", 1, "x", 1m, new FlatRule()), Observation.Met("a", false)),
        DeductionReason.ConditionsNotMet => Deduct(new Item("a", 4, "x", 1m, new AnyOfRule([new RuleCondition("s", "醒目标语"), new RuleCondition("n", "宣传栏")])), Observation.Conditions("a", ("s", true), ("n", false))),
        DeductionReason.UnitsMissing => Deduct(new Item("a", 7, "x", 2m, new PerUnitRule(0.5m, unit: "人")), Observation.Missing("a", 1)),
        DeductionReason.NoneDone => Deduct(new Item("a", 12, "x", 2m, new PerUnitRule(0.5m)), Observation.NoneDone("a")),
        DeductionReason.BelowTarget => Deduct(new Item("a", 14, "x", 2m, new ShortfallRule(20, 0.4m)), Observation.Achieved("a", 19)),
        DeductionReason.Level => Deduct(new Item("a", 6, "x", 2m, new TieredRule([new RuleLevel("late", "没有按时上报", 1m), new RuleLevel("notSubmitted", "未交", 2m)])), Observation.Level("a", "notSubmitted")),
        DeductionReason.Judged => Deduct(new Item("a", 18, "x", 1m, new JudgedRule()), Observation.Awarded("a", 0.25m)),
        DeductionReason.NotObserved => ScoringEngine.Default.Score(
            TestRubrics.Of(MissingObservationPolicy.TreatAsNotDone, new Item("a", 5, "x", 1m, new FlatRule())),
            TestRubrics.AssessorOnly()).Scorecard!.FindItem("a")!.Value.AssessorDeduction!,
        _ => ScoringEngine.CreateBuilder().AddRuleKind(new CustomEvaluator()).Build().Score(
            TestRubrics.Of(new Item("a", 3, "x", 2m, new TestDoubles.BonusRule(0.5m))),
            TestRubrics.AssessorOnly(Observation.Met("a", false))).Scorecard!.FindItem("a")!.Value.AssessorDeduction!,
    };

    [Theory]
    [MemberData(nameof(EveryReason))]
    public void Render_English_ExactSentence(string reason, string english, string chinese)
    {
        _ = chinese;
        var deduction = ForReason(reason);
        Assert.Equal(reason, deduction.Reason.ToString());
        Assert.Equal(english, DeductionText.Render(deduction, ExplanationLanguage.English));
    }

    [Theory]
    [MemberData(nameof(EveryReason))]
    public void Render_Chinese_ExactSentence(string reason, string english, string chinese)
    {
        _ = english;
        Assert.Equal(chinese, DeductionText.Render(ForReason(reason), ExplanationLanguage.Chinese));
    }

    [Theory]
    [MemberData(nameof(EveryReason))]
    public void Render_GermanCurrentCulture_SameSentences(string reason, string english, string chinese)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            Assert.Equal("0,5", 0.5m.ToString(CultureInfo.CurrentCulture));
            var deduction = ForReason(reason);
            Assert.Equal(english, deduction.Explain());
            Assert.Equal(chinese, deduction.Explain(ExplanationLanguage.Chinese));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Fact]
    public void Render_GermanCurrentCultureCapped_DecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var deduction = Deduct(new Item("t1.9", 9, "x", 2m, new PerUnitRule(0.2m)), Observation.Missing("t1.9", 12));
            Assert.Equal("Item 9 (t1.9): 12 人次 missing × 0.2 = 2.4, capped at 2; lost 2 of 2.", deduction.Explain());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Render_ConditionsWithEnglishText_EnglishSentenceShowsIt()
    {
        var rule = new AnyOfRule([new RuleCondition("s", "醒目标语", "an eye-catching slogan"), new RuleCondition("n", "宣传栏", "a noticeboard")]);
        var deduction = Deduct(new Item("a", 4, "x", 1m, rule), Observation.Conditions("a", ("s", false), ("n", false)));

        Assert.Equal("Item 4 (a): not met: an eye-catching slogan, a noticeboard; lost 1 of 1 once.", DeductionText.Render(deduction, ExplanationLanguage.English));
        Assert.Equal("第4项（a）：未做到醒目标语、宣传栏，扣1分。", DeductionText.Render(deduction, ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Render_LevelWithEnglishText_EnglishSentenceShowsIt()
    {
        var rule = new TieredRule([new RuleLevel("late", "没有按时上报", 1m, "not reported on time"), new RuleLevel("notSubmitted", "未交", 2m)]);
        var item = new Item("a", 6, "x", 2m, rule);

        Assert.Equal("Item 6 (a): level 'not reported on time' (late); lost 1 of 2.", DeductionText.Render(Deduct(item, Observation.Level("a", "late")), ExplanationLanguage.English));
        Assert.Equal("第6项（a）：没有按时上报，扣1分。", DeductionText.Render(Deduct(item, Observation.Level("a", "late")), ExplanationLanguage.Chinese));
        Assert.Equal("Item 6 (a): level '未交' (notSubmitted); lost 2 of 2.", DeductionText.Render(Deduct(item, Observation.Level("a", "notSubmitted")), ExplanationLanguage.English));
    }

    [Fact]
    public void Render_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DeductionText.Render(null!, ExplanationLanguage.English));

    // Uses the default explanation, so the Custom reason goes through DeductionText.
    private sealed class CustomEvaluator : RuleEvaluator<TestDoubles.BonusRule>
    {
        protected override RuleOutcome Evaluate(TestDoubles.BonusRule rule, in RuleContext context) =>
            RuleOutcome.Lost(rule.Loss, DeductionReason.Custom);
    }
}
