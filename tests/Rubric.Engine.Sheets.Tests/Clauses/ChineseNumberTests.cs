namespace Rubric.Engine.Sheets.Tests.Clauses;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("20", 20)]
    [InlineData("半", 0.5)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    public void TryParse_SheetNumber_IsItsExactValue(string text, double expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("十十")]
    [InlineData("一百")]
    [InlineData("五五")]
    public void TryParse_NotANumber_IsFalse(string text)
    {
        Assert.False(ChineseNumber.TryParse(text, out _));
    }
}
