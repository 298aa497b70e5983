namespace Rubric.Engine;

/// <summary>
/// One item's rule bound to its kind's evaluator when a plan is compiled: the rule's type is
/// tested once there instead of at every observation, and scoring reaches the kind's arithmetic
/// through one virtual call instead of an interface call and a type test.
/// </summary>
internal abstract class CompiledRule(IRuleEvaluator evaluator)
{
    /// <summary>The kind's evaluator, which also explains the item's deductions.</summary>
    public IRuleEvaluator Evaluator { get; } = evaluator;

    public abstract RuleOutcome Evaluate(in RuleContext context);

    /// <summary>Binds an item's rule to an evaluator; one that is not a <see cref="RuleEvaluator{TRule}"/> is called through its interface.</summary>
    public static CompiledRule Compile(IRuleEvaluator evaluator, Item item) =>
        evaluator is ICompiles compiles ? compiles.Compile(item) : new ThroughInterface(evaluator);

    /// <summary>What <see cref="RuleEvaluator{TRule}"/> implements to bind its own rule type.</summary>
    internal interface ICompiles
    {
        CompiledRule Compile(Item item);
    }

    private sealed class ThroughInterface(IRuleEvaluator evaluator) : CompiledRule(evaluator)
    {
        public override RuleOutcome Evaluate(in RuleContext context) => Evaluator.Evaluate(context);
    }
}
