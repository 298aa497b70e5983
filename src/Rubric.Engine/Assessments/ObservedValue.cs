using System.Globalization;

namespace Rubric.Engine;

/// <summary>One value an assessor recorded for an item: a yes/no, an exact number or a text.</summary>
public readonly struct ObservedValue : IEquatable<ObservedValue>
{
    private readonly decimal _number;
    private readonly string? _text;
    private readonly byte _kind;
    private readonly bool _boolean;

    private ObservedValue(ObservedValueKind kind, bool boolean, decimal number, string? text)
    {
        _kind = (byte)kind;
        _boolean = boolean;
        _number = number;
        _text = text;
    }

    /// <summary>What the value holds.</summary>
    public ObservedValueKind Kind => (ObservedValueKind)_kind;

    /// <summary>Creates a yes/no value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The observed value.</returns>
    public static ObservedValue FromBoolean(bool value) => new(ObservedValueKind.Boolean, value, 0m, null);

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The observed value.</returns>
    public static ObservedValue FromDecimal(decimal value) => new(ObservedValueKind.Number, false, value, null);

    /// <summary>Creates a text value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The observed value.</returns>
    public static ObservedValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ObservedValueKind.Text, false, 0m, value);
    }

    /// <summary>Converts a yes/no.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ObservedValue(bool value) => FromBoolean(value);

    /// <summary>Converts a number.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ObservedValue(decimal value) => FromDecimal(value);

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ObservedValue(int value) => FromDecimal(value);

    /// <summary>Converts a text.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ObservedValue(string value) => FromString(value);

    /// <summary>Reads a yes/no value.</summary>
    /// <param name="value">The value when this is a yes/no.</param>
    /// <returns>Whether this is a yes/no.</returns>
    public bool TryGetBoolean(out bool value)
    {
        value = _boolean;
        return Kind == ObservedValueKind.Boolean;
    }

    /// <summary>Reads a number.</summary>
    /// <param name="value">The value when this is a number.</param>
    /// <returns>Whether this is a number.</returns>
    public bool TryGetDecimal(out decimal value)
    {
        value = _number;
        return Kind == ObservedValueKind.Number;
    }

    /// <summary>Reads a text.</summary>
    /// <param name="value">The value when this is a text.</param>
    /// <returns>Whether this is a text.</returns>
    public bool TryGetString([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = _text;
        return Kind == ObservedValueKind.Text;
    }

    /// <inheritdoc/>
    public bool Equals(ObservedValue other) =>
        Kind == other.Kind && _boolean == other._boolean && _number == other._number && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ObservedValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _boolean, _number, _text);

    /// <summary>Compares two values.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ObservedValue left, ObservedValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ObservedValue left, ObservedValue right) => !left.Equals(right);

    /// <summary>The value as JSON-like invariant text: <c>true</c>, <c>0.2</c>, <c>"late"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ObservedValueKind.Boolean => _boolean ? "true" : "false",
        ObservedValueKind.Number => PointsFormat.Format(_number),
        _ => "\"" + _text + "\"",
    };
}
