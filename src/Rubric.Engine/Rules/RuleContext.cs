namespace Rubric.Engine;

/// <summary>What a rule evaluator sees: the item, the side scored, and the observation.</summary>
public readonly struct RuleContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="item">The item.</param>
    /// <param name="side">The column scored.</param>
    /// <param name="observation">The observation.</param>
    public RuleContext(Item item, ScoreSide side, Observation observation)
    {
        Item = item;
        Side = side;
        Observation = observation;
    }

    /// <summary>The item scored.</summary>
    public Item Item { get; }

    /// <summary>The column scored.</summary>
    public ScoreSide Side { get; }

    /// <summary>The observation for the item in that column.</summary>
    public Observation Observation { get; }

    /// <summary>Whether the observation has a value of that name.</summary>
    /// <param name="key">The value's name.</param>
    /// <returns>Whether it is present.</returns>
    public bool Has(string key) => Observation.TryGetValue(key, out _);

    /// <summary>Reads a required yes/no value.</summary>
    /// <param name="key">The value's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="failure">The error outcome when the value is missing or not a yes/no.</param>
    /// <returns>Whether the value could be read.</returns>
    public bool TryGetBoolean(string key, out bool value, out RuleOutcome failure)
    {
        failure = default;
        if (!Observation.TryGetValue(key, out var observed))
        {
            value = false;
            failure = RuleOutcome.MissingValue(key, "true or false");
            return false;
        }

        if (!observed.TryGetBoolean(out value))
        {
            failure = RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, key, $"'{key}' is {observed}; expected true or false.");
            return false;
        }

        return true;
    }

    /// <summary>Reads a required whole number that is zero or more.</summary>
    /// <param name="key">The value's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="failure">The error outcome when the value is missing, negative or not whole.</param>
    /// <returns>Whether the value could be read.</returns>
    public bool TryGetCount(string key, out int value, out RuleOutcome failure)
    {
        value = 0;
        if (!TryGetNumber(key, out var number, out failure))
        {
            return false;
        }

        // A scale of 0 is a whole number; only a number written with decimals needs truncating to tell.
        if (number < 0m || (number.Scale != 0 && number != decimal.Truncate(number)) || number > int.MaxValue)
        {
            failure = RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, key, $"'{key}' is {PointsFormat.Format(number)}; expected a whole number of 0 or more.");
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>Reads a required number.</summary>
    /// <param name="key">The value's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="failure">The error outcome when the value is missing or not a number.</param>
    /// <returns>Whether the value could be read.</returns>
    public bool TryGetNumber(string key, out decimal value, out RuleOutcome failure)
    {
        failure = default;
        if (!Observation.TryGetValue(key, out var observed))
        {
            value = 0m;
            failure = RuleOutcome.MissingValue(key, "a number");
            return false;
        }

        if (!observed.TryGetDecimal(out value))
        {
            failure = RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, key, $"'{key}' is {observed}; expected a number.");
            return false;
        }

        return true;
    }

    /// <summary>Reads a required text.</summary>
    /// <param name="key">The value's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="failure">The error outcome when the value is missing or not a text.</param>
    /// <returns>Whether the value could be read.</returns>
    public bool TryGetText(string key, out string value, out RuleOutcome failure)
    {
        failure = default;
        value = string.Empty;
        if (!Observation.TryGetValue(key, out var observed))
        {
            failure = RuleOutcome.MissingValue(key, "a text");
            return false;
        }

        if (!observed.TryGetString(out var text))
        {
            failure = RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, key, $"'{key}' is {observed}; expected a text.");
            return false;
        }

        value = text;
        return true;
    }
}
