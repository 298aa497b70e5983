using System.Globalization;
using CsCheck;

namespace Rubric.Engine.Tests;

public class PointsFormatTests
{
    [Theory]
    [InlineData("2.40", "2.4")]
    [InlineData("2.00", "2")]
    [InlineData("0.600", "0.6")]
    [InlineData("0", "0")]
    [InlineData("-1.50", "-1.5")]
    [InlineData("0.0000000001", "0.0000000001")]
    [InlineData("1234567.5", "1234567.5")]
    public void Format_Value_TrimsTrailingZeros(string value, string expected) =>
        Assert.Equal(expected, PointsFormat.Format(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Fact]
    public void Format_GermanCurrentCulture_DecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("1234.5", PointsFormat.Format(1234.50m));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_ProductOfDecimals_Exact() => Assert.Equal("0.6", PointsFormat.Format(3 * 0.2m));

    [Fact]
    public void Format_AnyDecimal_ParsesBackToTheSameValueWithoutTrailingZeros() =>
        Gen.Select(Gen.Int, Gen.Int, Gen.OneOf(Gen.Int, Gen.Const(0)), Gen.Bool, Gen.Byte[0, 28])
            .Select(static (lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, scale))
            .Sample(ParsesBackWithoutTrailingZeros, iter: 20_000);

    [Theory]
    [InlineData(0, 0, 0, true, 3, "0")]
    [InlineData(-1, -1, -1, true, 0, "-79228162514264337593543950335")]
    [InlineData(-1, -1, -1, true, 28, "-7.9228162514264337593543950335")]
    [InlineData(1, 0, 0, false, 28, "0.0000000000000000000000000001")]
    [InlineData(10, 0, 0, true, 28, "-0.000000000000000000000000001")]
    [InlineData(100, 0, 0, false, 0, "100")]
    public void Format_Extremes_Exact(int lo, int mid, int hi, bool negative, byte scale, string expected) =>
        Assert.Equal(expected, PointsFormat.Format(new decimal(lo, mid, hi, negative, scale)));

    private static void ParsesBackWithoutTrailingZeros(decimal value)
    {
        var text = PointsFormat.Format(value);

        Assert.Equal(value, decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        Assert.Matches(@"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$", text);
        Assert.False(text == "-0", "negative zero is written 0");
    }
}
