namespace Rubric.Engine.Sheets.Tests.Reading;

public sealed class CellTextTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData(" 准备阶段 ", "准备阶段")]
    [InlineData("准备阶段\r\n（5分）", "准备阶段（5分）")]
    [InlineData("see the\nrecords", "see the records")]
    [InlineData("学\n\n习", "学习")]
    public void Clean_CellText_IsTrimmedWithLinesJoined(string? text, string? expected)
    {
        Assert.Equal(expected, CellText.Clean(text));
    }

    [Fact]
    public void From_SpreadsheetNumber_IsItsShortestInvariantText()
    {
        Assert.Equal("0.2", CellText.From(0.2d));
        Assert.Equal("25", CellText.From(25d));
        Assert.Equal("1.5", CellText.From(1.5m));
        Assert.Equal("0.5", CellText.From(0.5f));
        Assert.Equal("0.1", CellText.From(0.1f));
    }

    [Fact]
    public void From_FormulaResultWithBinaryNoise_IsTheNumberTheSheetShows()
    {
        var sum = 0.1d + 0.2d;
        Assert.NotEqual(0.3d, sum);

        Assert.Equal("0.3", CellText.From(sum));
    }

    [Fact]
    public void From_SmallNumber_IsWrittenWithoutExponent() =>
        Assert.Equal("0.00001", CellText.From(1e-5d));

    [Fact]
    public void From_NumberBeyondDecimal_KeepsRoundTripText() =>
        Assert.Equal("1E+30", CellText.From(1e30d));
}
