namespace Rubric.Engine;

/// <summary>
/// Sums scores as <c>Math.Max(0m, 0m + v1 + v2 + …)</c> does, bit for bit, scale included, but in
/// whole units: decimal addition of small non-negative values keeps the larger scale and never
/// rounds, so the sum of the values brought to their largest scale is the same decimal. Each value
/// comes with its units packed in a <see cref="long"/> (<see cref="Pack"/>), which score tables
/// work out once, so the sum reads no decimal at all. A value that does not pack (a negative
/// sign, even on zero; more than 32 bits; a scale above 9) sends its group to decimal addition.
/// </summary>
internal static class PointsSum
{
    /// <summary>A value not packed (yet, or at all): <see cref="NotBelowZero(ReadOnlySpan{decimal}, Span{long}, out long)"/> packs it from the decimal, or sums that group as decimals.</summary>
    public const long Unknown = -1;

    /// <summary>The most scale a packed value has; 10^9 times a 32-bit sum stays below 2^63.</summary>
    private const int MaxScale = 9;

    private static readonly ulong[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    /// <summary>A non-negative decimal of at most 32 bits and scale 9 as <c>units &lt;&lt; 8 | scale</c>, else <see cref="Unknown"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The packed value.</returns>
    public static long Pack(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);

        // The fourth part holds only the sign (bit 31) and the scale (bits 16-23).
        var scale = bits[3] >> 16;
        return bits[1] != 0 || bits[2] != 0 || (bits[3] & ~0x00FF_0000) != 0 || scale > MaxScale
            ? Unknown
            : ((long)(uint)bits[0] << 8) | (long)scale;
    }

    /// <summary>The sum of <paramref name="values"/> from <c>0m</c>, or <c>0m</c> itself when that is not above zero.</summary>
    /// <param name="values">The values, summed in order.</param>
    /// <param name="packed">The same values packed; <see cref="Unknown"/> entries are packed here from the decimals.</param>
    /// <param name="sumPacked">The sum packed, or <see cref="Unknown"/>.</param>
    /// <returns>The sum, exactly as the decimal expression gives it.</returns>
    public static decimal NotBelowZero(ReadOnlySpan<decimal> values, Span<long> packed, out long sumPacked)
    {
        ulong sum = 0;
        var scale = 0;
        for (var k = 0; k < packed.Length; k++)
        {
            var value = packed[k];
            if (value < 0 && (value = packed[k] = Pack(values[k])) < 0)
            {
                sumPacked = Unknown;
                return NotBelowZero(values);
            }

            var valueScale = (int)(value & 0xFF);
            var units = (ulong)value >> 8;
            if (valueScale > scale)
            {
                sum *= PowersOfTen[valueScale - scale];
                scale = valueScale;
            }
            else
            {
                units *= PowersOfTen[scale - valueScale];
            }

            sum += units;
            if (sum > uint.MaxValue)
            {
                sumPacked = Unknown;
                return NotBelowZero(values);
            }
        }

        if (sum == 0)
        {
            sumPacked = 0;
            return 0m;
        }

        sumPacked = ((long)sum << 8) | (long)scale;
        return new decimal((int)(uint)sum, 0, 0, false, (byte)scale);
    }

    /// <summary>The sum of <paramref name="values"/> from <c>0m</c> by decimal addition, or <c>0m</c> itself when that is not above zero.</summary>
    /// <param name="values">The values, summed in order.</param>
    /// <returns>The sum.</returns>
    public static decimal NotBelowZero(ReadOnlySpan<decimal> values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            sum += value;
        }

        return Math.Max(0m, sum);
    }
}
