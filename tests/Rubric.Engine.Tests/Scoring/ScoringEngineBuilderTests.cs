using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public class ScoringEngineBuilderTests
{
    [Fact]
    public void Build_Default_SixBuiltInRuleKinds() =>
        Assert.Equal(6, new ScoringEngineBuilder().Build().RuleTypes.Count);

    [Fact]
    public void AddRuleKind_CustomEvaluator_Registered()
    {
        var engine = new ScoringEngineBuilder().AddRuleKind(new TestDoubles.BonusRuleEvaluator()).Build();
        Assert.Contains(typeof(TestDoubles.BonusRule), engine.RuleTypes);
        var result = engine.Score(TestRubrics.Of(new Item("c", 1, "c", 1m, new TestDoubles.BonusRule(1m))), TestRubrics.AssessorOnly(Observation.Met("c", false)));
        Assert.Equal(0m, result.Scorecard!.Total.Assessor);
    }

    [Fact]
    public void AddRuleKind_EvaluatorForNonRuleType_Throws() =>
        Assert.Throws<ArgumentException>(() => new ScoringEngineBuilder().AddRuleKind(new NotARuleEvaluator()));

    [Fact]
    public void AddRuleKind_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ScoringEngineBuilder().AddRuleKind(null!));

    [Fact]
    public void AddStep_BlankName_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new ScoringEngineBuilder().AddStep(new BlankStep()));

    [Fact]
    public void Build_ThenAddMore_BuiltEngineUnchanged()
    {
        var builder = new ScoringEngineBuilder();
        var first = builder.Build();
        builder.AddRuleKind(new TestDoubles.BonusRuleEvaluator()).AddStep(new TestDoubles.BonusStep(1m));
        var second = builder.Build();

        Assert.Empty(first.Steps);
        Assert.DoesNotContain(typeof(TestDoubles.BonusRule), first.RuleTypes);
        Assert.Single(second.Steps);
        Assert.Contains(typeof(TestDoubles.BonusRule), second.RuleTypes);
        Assert.Equal(27m, first.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!.Total.Assessor);
    }

    [Fact]
    public void AddRuleKind_ReplacingBuiltIn_LastWins()
    {
        var engine = new ScoringEngineBuilder().AddRuleKind(new AlwaysLoseFlatEvaluator()).Build();
        var result = engine.Score(TestRubrics.Of(new Item("f", 1, "f", 1m, new FlatRule())), TestRubrics.AssessorOnly(Observation.Met("f", true)));
        Assert.Equal(0m, result.Scorecard!.Total.Assessor);
    }

    private sealed class NotARuleEvaluator : IRuleEvaluator
    {
        public Type RuleType => typeof(string);

        public RuleOutcome Evaluate(in RuleContext context) => RuleOutcome.NoLoss;

        public string Explain(Deduction deduction, ExplanationLanguage language) => string.Empty;
    }

    private sealed class BlankStep : IScoringStep
    {
        public string Name => " ";

        public void Apply(ScoringStepContext context)
        {
        }
    }

    private sealed class AlwaysLoseFlatEvaluator : RuleEvaluator<FlatRule>
    {
        protected override RuleOutcome Evaluate(FlatRule rule, in RuleContext context) => RuleOutcome.Lost(context.Item.Points, DeductionReason.Custom);
    }
}
