namespace Rubric.Engine;

/// <summary>One reason an assessment could not be scored, naming the item, the column and the value.</summary>
public sealed class ScoringError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="side">The column, when the error belongs to one.</param>
    /// <param name="itemId">The item, when the error belongs to one.</param>
    /// <param name="key">The value's name, when the error belongs to one.</param>
    /// <param name="message">What was found and what was expected; control characters in it are escaped (<see cref="DisplayText.Escape"/>).</param>
    public ScoringError(ScoringErrorCode code, ScoreSide? side, string? itemId, string? key, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Code = code;
        Side = side;
        ItemId = itemId;
        Key = key;
        Message = DisplayText.Escape(message);
    }

    /// <summary>The error code.</summary>
    public ScoringErrorCode Code { get; }

    /// <summary>The code as printed: <c>RUB2003</c>.</summary>
    public string CodeText => "RUB" + ((int)Code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The column, when the error belongs to one.</summary>
    public ScoreSide? Side { get; }

    /// <summary>The item, when the error belongs to one.</summary>
    public string? ItemId { get; }

    /// <summary>The value's name, when the error belongs to one.</summary>
    public string? Key { get; }

    /// <summary>What was found and what was expected.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = ItemId is null ? string.Empty : $" item '{DisplayText.Escape(ItemId)}'" + (Side is { } side ? $" ({(side == ScoreSide.Self ? "self" : "assessor")})" : string.Empty) + ":";
        return $"{CodeText}:{where} {Message}";
    }
}
