using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Rules;

public class CompiledRuleTests
{
    private static readonly Item Flat = new("f", 1, "Flat", 2m, new FlatRule());

    [Fact]
    public void Compile_RuleEvaluatorOfTheItemsKind_EvaluatesWithTheKindsArithmetic()
    {
        var evaluator = new FlatRuleEvaluator();

        var compiled = CompiledRule.Compile(evaluator, Flat);
        var outcome = compiled.Evaluate(new RuleContext(Flat, ScoreSide.Assessor, Observation.Met("f", false)));

        Assert.Same(evaluator, compiled.Evaluator);
        Assert.Equal((2m, DeductionReason.NotMet), (outcome.Loss, outcome.Reason));
    }

    [Fact]
    public void Compile_ScoreTypedDirectly_ResolvedThroughTheKind()
    {
        var compiled = CompiledRule.Compile(new FlatRuleEvaluator(), Flat);

        var outcome = compiled.Evaluate(new RuleContext(Flat, ScoreSide.Self, Observation.Scored("f", 0m)));

        Assert.Equal((2m, DeductionReason.NotMet), (outcome.Loss, outcome.Reason));
    }

    [Fact]
    public void Compile_ItemOfAnotherRuleKind_ThrowsInvalidOperation()
    {
        var judged = new Item("j", 1, "Judged", 2m, new JudgedRule());

        var error = Assert.Throws<InvalidOperationException>(() => CompiledRule.Compile(new FlatRuleEvaluator(), judged));

        Assert.Equal("Item 'j' has a JudgedRule, not a FlatRule.", error.Message);
    }

    [Fact]
    public void Compile_EvaluatorImplementingOnlyTheInterface_CallsItsEvaluate()
    {
        var evaluator = new HalfLostEvaluator();

        var compiled = CompiledRule.Compile(evaluator, Flat);
        var outcome = compiled.Evaluate(new RuleContext(Flat, ScoreSide.Assessor, Observation.Met("f", true)));

        Assert.Same(evaluator, compiled.Evaluator);
        Assert.Equal((0.5m, DeductionReason.Custom), (outcome.Loss, outcome.Reason));
    }

    [Fact]
    public void Compile_EvaluatorImplementingOnlyTheInterface_ScoresAndExplainsThroughTheEngine()
    {
        var engine = new ScoringEngineBuilder().AddRuleKind(new HalfLostEvaluator()).Build();

        var card = engine.Score(TestRubrics.Of(Flat), TestRubrics.AssessorOnly(Observation.Met("f", true))).Scorecard!;

        Assert.Equal(1.5m, card.Total.Assessor);
        Assert.Equal("half", card.FindItem("f")!.Value.AssessorDeduction!.Explain());
    }

    /// <summary>A host's evaluator written against the interface alone: every flat item loses half a point.</summary>
    private sealed class HalfLostEvaluator : IRuleEvaluator
    {
        public Type RuleType => typeof(FlatRule);

        public RuleOutcome Evaluate(in RuleContext context) => RuleOutcome.Lost(0.5m, DeductionReason.Custom);

        public string Explain(Deduction deduction, ExplanationLanguage language) => "half";
    }
}
