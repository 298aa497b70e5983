namespace Rubric.Engine.Tests.Assessments;

public class ObservedValueTests
{
    [Fact]
    public void TryGetDecimal_OnText_ReturnsFalse() =>
        Assert.False(((ObservedValue)"late").TryGetDecimal(out _));

    [Fact]
    public void TryGetString_OnText_ReturnsText()
    {
        Assert.True(((ObservedValue)"late").TryGetString(out var text));
        Assert.Equal("late", text);
    }

    [Fact]
    public void Equals_SameNumberDifferentScale_AreEqual() =>
        Assert.Equal((ObservedValue)0.6m, (ObservedValue)0.60m);

    [Fact]
    public void Equals_BooleanAndNumber_AreDifferent() =>
        Assert.NotEqual((ObservedValue)true, (ObservedValue)1);

    [Fact]
    public void ToString_Number_FormattedInvariantly()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("2.5", ((ObservedValue)2.5m).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("3", 0x300)]
    [InlineData("0.5", 0x501)]
    [InlineData("1.00", 0x6402)]
    [InlineData("0", 0)]
    [InlineData("-1", -1)]
    [InlineData("8388608", -1)]
    [InlineData("0.0000000001", -1)]
    public void Units_Number_PackedOrMinusOne(string number, int expected) =>
        Assert.Equal(expected, ObservedValue.FromDecimal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)).Units);

    [Fact]
    public void Units_NegativeZeroOrNotANumber_MinusOne()
    {
        Assert.Equal(-1, ObservedValue.FromDecimal(-0.0m).Units);
        Assert.Equal(-1, ObservedValue.FromBoolean(true).Units);
        Assert.Equal(-1, ObservedValue.FromString("3").Units);
    }
}
