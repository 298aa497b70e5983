using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads a JSON number as a <see cref="decimal"/> only when the decimal holds it exactly: the
/// formats promise exact points, so <c>0.99999999999999999999999999999999</c>, which a decimal
/// would round to 1, is refused rather than read as full marks.
/// </summary>
internal static class ExactNumber
{
    /// <summary>The most significant digits that always fit a decimal's 96-bit whole number.</summary>
    private const int SafeDigits = 28;

    public static bool TryRead(ref Utf8JsonReader reader, out decimal value) =>
        reader.TryGetDecimal(out value) && IsExact(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);

    /// <summary>Whether the number written as <paramref name="json"/> (valid JSON number syntax) is a decimal without rounding.</summary>
    public static bool IsExact(ReadOnlySpan<byte> json)
    {
        // Short plain numbers, all that points and counts ever are, fit by their length alone.
        if (json.Length <= SafeDigits && json.IndexOfAny("eE"u8) < 0)
        {
            return true;
        }

        var exponentAt = json.IndexOfAny("eE"u8);
        var mantissa = exponentAt < 0 ? json : json[..exponentAt];
        var exponent = exponentAt < 0 ? 0L : ParseExponent(json[(exponentAt + 1)..]);
        if (mantissa[0] == (byte)'-')
        {
            mantissa = mantissa[1..];
        }

        var point = mantissa.IndexOf((byte)'.');
        var whole = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? [] : mantissa[(point + 1)..];

        // The value is digits × 10^-scale, digits being the whole and fraction digits in a row.
        var scale = fraction.Length - exponent;
        var digits = (whole.ToArray().Concat(fraction.ToArray())).ToList();
        while (digits.Count > 0 && digits[^1] == (byte)'0' && scale > 0)
        {
            digits.RemoveAt(digits.Count - 1);
            scale--;
        }

        var first = digits.FindIndex(static d => d != (byte)'0');
        if (first < 0)
        {
            return true;
        }

        var significant = digits.Count - first;
        if (scale < 0)
        {
            // Zeros appended on the right: they count as digits of the whole number.
            significant += (int)Math.Min(-scale, 100);
            scale = 0;
        }

        return scale <= SafeDigits && (significant < 29 || (significant == 29 && FitsIn96Bits(digits, first, scale)));
    }

    private static bool FitsIn96Bits(List<byte> digits, int first, long scale)
    {
        var value = UInt128.Zero;
        for (var i = first; i < digits.Count; i++)
        {
            value = (value * 10) + (uint)(digits[i] - '0');
        }

        // Zeros appended when the exponent moved the point right (scale was below zero).
        for (var i = digits.Count - first; i < 29; i++)
        {
            value *= 10;
        }

        return scale >= 0 && value <= (UInt128)decimal.MaxValue;
    }

    private static long ParseExponent(ReadOnlySpan<byte> text)
    {
        var negative = text.Length > 0 && text[0] == (byte)'-';
        if (text.Length > 0 && text[0] is (byte)'-' or (byte)'+')
        {
            text = text[1..];
        }

        long value = 0;
        foreach (var digit in text)
        {
            value = Math.Min((value * 10) + (digit - '0'), 1_000_000);
        }

        return negative ? -value : value;
    }
}
