using System.Globalization;

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
}
