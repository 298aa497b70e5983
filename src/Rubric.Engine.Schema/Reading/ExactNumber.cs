using System.Numerics;
using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads a JSON number as a <see cref="decimal"/> only when the decimal holds it exactly: the
/// formats promise exact points, so <c>0.99999999999999999999999999999999</c>, which a decimal
/// would round to 1, is refused rather than read as full marks.
/// </summary>
internal static class ExactNumber
{
    /// <summary>The number at the reader, which reads a span (as every reader here does), so the number is all in its ValueSpan.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out decimal value) =>
        reader.TryGetDecimal(out value) && IsExact(reader.ValueSpan);

    /// <summary>Whether the number written as <paramref name="json"/> (valid JSON number syntax) is a whole number below 2^96 over 10^scale, scale at most 28.</summary>
    public static bool IsExact(ReadOnlySpan<byte> json)
    {
        // Plain numbers of at most 28 characters, all that points and counts ever are, have at
        // most 28 digits and 27 decimal places.
        var exponentAt = json.IndexOfAny("eE"u8);
        if (json.Length <= 28 && exponentAt < 0)
        {
            return true;
        }

        var mantissa = System.Text.Encoding.ASCII.GetString(exponentAt < 0 ? json : json[..exponentAt]).TrimStart('-');
        var exponent = exponentAt < 0 ? 0 : (int)Math.Clamp(long.Parse(json[(exponentAt + 1)..], provider: System.Globalization.CultureInfo.InvariantCulture), -1000, 1000);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = BigInteger.Parse(mantissa.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var scale = (point < 0 ? 0 : mantissa.Length - point - 1) - exponent;
        for (; !digits.IsZero && scale > 0 && digits % 10 == 0; scale--)
        {
            digits /= 10;
        }

        return digits.IsZero || (scale <= 28 && (scale >= 0 ? digits : digits * BigInteger.Pow(10, -scale)) < BigInteger.One << 96);
    }
}
