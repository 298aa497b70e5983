using System.Globalization;
using System.Numerics;
using System.Text;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

public sealed class ExactNumberTests
{
    [Fact]
    public void IsExact_AnyDecimalAsText_True() =>
        Gen.Decimal.Sample(static d => Assert.True(ExactNumber.IsExact(Encoding.ASCII.GetBytes(d.ToString(CultureInfo.InvariantCulture)))));

    [Fact]
    public void IsExact_RandomNumberText_SameAsExactArithmetic() =>
        Gen.Select(Gen.Bool, Gen.Char['0', '9'].Array[1, 35], Gen.Char['0', '9'].Array[0, 35], Gen.Int[-41, 40]).Sample(
            static (negative, whole, fraction, exponent) =>
            {
                var text = (negative ? "-" : string.Empty) + new string(whole).TrimStart('0').PadLeft(1, '0') + (fraction.Length > 0 ? "." + new string(fraction) : string.Empty) + (exponent > -41 ? "e" + exponent.ToString(CultureInfo.InvariantCulture) : string.Empty);

                Assert.Equal(Oracle(text), ExactNumber.IsExact(Encoding.ASCII.GetBytes(text)));
            },
            iter: 5_000);

    /// <summary>Exact by rational arithmetic: the value is some whole number below 2^96 over 10^scale with scale at most 28.</summary>
    private static bool Oracle(string text)
    {
        var unsigned = text.TrimStart('-');
        var exponentAt = unsigned.IndexOf('e', StringComparison.Ordinal);
        var exponent = exponentAt < 0 ? 0 : int.Parse(unsigned[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? unsigned : unsigned[..exponentAt];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = BigInteger.Parse(mantissa.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var scale = (point < 0 ? 0 : mantissa.Length - point - 1) - exponent;
        if (digits.IsZero)
        {
            return true;
        }

        for (; scale < 0; scale++)
        {
            digits *= 10;
        }

        while (scale > 0 && digits % 10 == 0)
        {
            digits /= 10;
            scale--;
        }

        return scale <= 28 && digits < BigInteger.One << 96;
    }
}
