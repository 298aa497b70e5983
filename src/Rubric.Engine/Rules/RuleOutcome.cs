using System.Runtime.CompilerServices;

namespace Rubric.Engine;

/// <summary>
/// What a rule evaluator concluded for one observation: nothing lost, points lost with a reason,
/// or an error naming the bad value. A small value type, so evaluation allocates nothing.
/// </summary>
public readonly struct RuleOutcome
{
    // What is rarely there shares one field (a detail text, or the failure), so that an outcome,
    // which every item of every assessment returns by value, is as small as it can be.
    private readonly object? _detailOrFailure;

    private RuleOutcome(decimal loss, decimal uncappedLoss, DeductionReason reason, decimal quantity, object? detailOrFailure)
    {
        Loss = loss;
        UncappedLoss = uncappedLoss;
        Reason = reason;
        Quantity = quantity;
        _detailOrFailure = detailOrFailure;
    }

    /// <summary>The points lost, after the rule's own cap.</summary>
    public decimal Loss { get; }

    /// <summary>The points the rule computed before any cap.</summary>
    public decimal UncappedLoss { get; }

    /// <summary>Why the points were lost.</summary>
    public DeductionReason Reason { get; }

    /// <summary>The count behind the loss, where there is one (persons missing, shortfall).</summary>
    public decimal Quantity { get; }

    /// <summary>Further detail (the level id, the failed conditions).</summary>
    public string? Detail => _detailOrFailure as string;

    /// <summary>Whether the observation could not be scored.</summary>
    public bool IsError => _detailOrFailure is Failure;

    /// <summary>The error's code, when <see cref="IsError"/>.</summary>
    public ScoringErrorCode ErrorCode => (_detailOrFailure as Failure)?.Code ?? default;

    /// <summary>The name of the bad or missing value, when <see cref="IsError"/>.</summary>
    public string? ErrorKey => (_detailOrFailure as Failure)?.Key;

    /// <summary>What was wrong, when <see cref="IsError"/>.</summary>
    public string? ErrorMessage => (_detailOrFailure as Failure)?.Message;

    /// <summary>Nothing was lost.</summary>
    public static RuleOutcome NoLoss => default;

    /// <summary>Points were lost.</summary>
    /// <param name="loss">The points lost after the rule's cap.</param>
    /// <param name="reason">Why.</param>
    /// <param name="quantity">The count behind the loss.</param>
    /// <param name="detail">Further detail.</param>
    /// <param name="uncappedLoss">The loss before the cap; defaults to <paramref name="loss"/>.</param>
    /// <returns>The outcome.</returns>
    public static RuleOutcome Lost(decimal loss, DeductionReason reason, decimal quantity = 0m, string? detail = null, decimal? uncappedLoss = null) =>
        new(loss, uncappedLoss ?? loss, reason, quantity, detail);

    /// <summary>The observation cannot be scored.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="key">The bad value's name.</param>
    /// <param name="message">What was found and what was expected.</param>
    /// <returns>The outcome.</returns>
    public static RuleOutcome Invalid(ScoringErrorCode code, string? key, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        return new(0m, 0m, default, 0m, new Failure(code, key, message));
    }

    /// <summary>
    /// The points the item loses: <see cref="Loss"/> bounded by 0 and the item's points, as scoring
    /// bounds every rule's loss, custom rules' included.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Once per observation scored; see ScoredItems.Score.
    internal decimal LossOn(Item item)
    {
        // Most items lose nothing: the sign settles it without a comparison of two decimals.
        if (decimal.Sign(Loss) <= 0)
        {
            return 0m;
        }

        return Loss > item.Points ? item.Points : Loss;
    }

    /// <summary>A value the rule needs is absent.</summary>
    /// <param name="key">The value's name.</param>
    /// <param name="expected">What was expected, such as "a number".</param>
    /// <returns>The outcome.</returns>
    public static RuleOutcome MissingValue(string key, string expected) =>
        Invalid(ScoringErrorCode.MissingValue, key, $"'{key}' is missing; expected {expected}.");

    private sealed record Failure(ScoringErrorCode Code, string? Key, string Message);
}
