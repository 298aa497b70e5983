namespace Rubric.Engine;

/// <summary>
/// Points one item lost in one column, and why: the rule kind, the observation, the amount, and
/// whether a cap applied. The sentence is rendered only when <see cref="Explain"/> is called.
/// </summary>
public sealed class Deduction
{
    private readonly IRuleEvaluator? _evaluator;

    internal Deduction(Item item, ScoreSide side, in RuleOutcome outcome, decimal amount, Observation? observation, IRuleEvaluator? evaluator)
    {
        Item = item;
        Side = side;
        Amount = amount;
        UncappedAmount = Math.Max(outcome.UncappedLoss, outcome.Loss);
        Reason = outcome.Reason;
        Quantity = outcome.Quantity;
        Detail = outcome.Detail;
        Observation = observation;
        _evaluator = evaluator;
    }

    /// <summary>The item that lost points.</summary>
    public Item Item { get; }

    /// <summary>The column.</summary>
    public ScoreSide Side { get; }

    /// <summary>The rule kind that took the points.</summary>
    public string RuleKind => Item.Rule.Kind;

    /// <summary>The points lost, after every cap: never more than the item's points.</summary>
    public decimal Amount { get; }

    /// <summary>The points the rule computed before any cap.</summary>
    public decimal UncappedAmount { get; }

    /// <summary>Whether a cap (the rule's or the item's points) reduced the loss.</summary>
    public bool CapApplied => UncappedAmount > Amount;

    /// <summary>Why the points were lost.</summary>
    public DeductionReason Reason { get; }

    /// <summary>The count behind the loss: persons missing, units short, conditions failed, points awarded.</summary>
    public decimal Quantity { get; }

    /// <summary>Further detail: the level id, or the failed condition ids separated by commas.</summary>
    public string? Detail { get; }

    /// <summary>The observation, or <see langword="null"/> when there was none (<see cref="DeductionReason.NotObserved"/>).</summary>
    public Observation? Observation { get; }

    /// <summary>Renders the sentence that explains the deduction.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Explain(ExplanationLanguage language = ExplanationLanguage.English) =>
        _evaluator is null ? DeductionText.Render(this, language) : _evaluator.Explain(this, language);

    /// <inheritdoc/>
    public override string ToString() => Explain();
}
