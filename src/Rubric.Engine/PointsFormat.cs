using System.Numerics;

namespace Rubric.Engine;

/// <summary>Formats points the same way everywhere: invariant culture, no trailing zeros.</summary>
public static class PointsFormat
{
    /// <summary>The longest text a decimal formats to: a sign, 29 digits, a point and the zeros a scale of 28 may need before them.</summary>
    private const int MaxLength = 1 + 29 + 1 + 28;

    /// <summary>Formats <paramref name="value"/> as invariant text without trailing zeros (<c>0.6</c>, <c>2</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value)
    {
        Span<char> text = stackalloc char[MaxLength];
        TryFormat(value, text, out var written);
        return new string(text[..written]);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="Format"/> does, without allocating: for
    /// writers that put many scores in one row.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="destination">Where to write; 60 characters always suffice.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether <paramref name="destination"/> was long enough.</returns>
    public static bool TryFormat(decimal value, Span<char> destination, out int charsWritten)
    {
        // The digits of the 96-bit whole number behind the decimal, then the point put back in at
        // its scale: exact, culture-free, and the same text as the custom format "0.####…" gives,
        // negative zero included ("0"), at a fraction of its cost.
        charsWritten = 0;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if ((bits[0] | bits[1] | bits[2]) == 0)
        {
            return TryWrite("0", destination, ref charsWritten);
        }

        // Points almost always fit in 64 bits, whose division is one instruction where UInt128's is a call.
        Span<char> digits = stackalloc char[29];
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var count = bits[2] == 0
            ? TrimmedDigits(low, ref scale, digits)
            : TrimmedDigits(((UInt128)(uint)bits[2] << 64) | low, ref scale, digits);
        digits = digits[..count];
        var whole = count - scale;
        var length = (bits[3] < 0 ? 1 : 0) + (whole > 0 ? count : 1 + count - whole) + (scale > 0 ? 1 : 0);
        if (destination.Length < length)
        {
            return false;
        }

        if (bits[3] < 0)
        {
            destination[charsWritten++] = '-';
        }

        if (whole > 0)
        {
            digits[..whole].CopyTo(destination[charsWritten..]);
            charsWritten += whole;
        }
        else
        {
            destination[charsWritten++] = '0';
        }

        if (scale > 0)
        {
            destination[charsWritten++] = '.';
            for (var zero = whole; zero < 0; zero++)
            {
                destination[charsWritten++] = '0';
            }

            digits[Math.Max(whole, 0)..].CopyTo(destination[charsWritten..]);
            charsWritten += count - Math.Max(whole, 0);
        }

        return true;
    }

    /// <summary>The digits of <paramref name="units"/> without the trailing zeros its <paramref name="scale"/> allows dropping.</summary>
    private static int TrimmedDigits<T>(T units, ref int scale, Span<char> digits)
        where T : IBinaryInteger<T>
    {
        var ten = T.CreateTruncating(10);
        while (scale > 0 && T.IsZero(units % ten))
        {
            units /= ten;
            scale--;
        }

        units.TryFormat(digits, out var count, default, System.Globalization.CultureInfo.InvariantCulture);
        return count;
    }

    private static bool TryWrite(string text, Span<char> destination, ref int charsWritten)
    {
        if (!text.TryCopyTo(destination))
        {
            return false;
        }

        charsWritten = text.Length;
        return true;
    }
}
