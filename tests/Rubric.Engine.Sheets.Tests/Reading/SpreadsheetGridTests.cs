using Rubric.Engine.Sheets.Tests.Support;

namespace Rubric.Engine.Sheets.Tests.Reading;

public sealed class SpreadsheetGridTests
{
    [Fact]
    public void Read_Xlsx_CellsByColumnWithTheSheetsName()
    {
        var grid = SpreadsheetGrid.Read(SheetFiles.Xlsx([["标题"], ["工作任务", null, "分值"], ["党建（1分）", "准备阶段（1分）", "0.5"]], "细则"), SheetFormat.Xlsx);

        Assert.Equal("细则", grid.SheetName);
        Assert.Equal("标题", grid.Rows[0][0]);
        Assert.Null(grid.Rows[1][1]);
        Assert.Equal("分值", grid.Rows[1][2]);
        Assert.Equal("0.5", grid.Rows[2][2]);
    }

    [Fact]
    public void Read_Csv_QuotedCellsKeepTheirCommas()
    {
        var grid = SpreadsheetGrid.Read(SheetFiles.Csv([["考核内容", "分值"], ["成立领导小组,有专人负责。(未成立的扣1分)", "1"]]), SheetFormat.Csv);

        Assert.Equal("成立领导小组,有专人负责。(未成立的扣1分)", grid.Rows[1][0]);
        Assert.Null(grid.SheetName);
    }

    [Theory]
    [InlineData("A", 0)]
    [InlineData("Z", 25)]
    [InlineData("AA", 26)]
    [InlineData("a", -1)]
    public void Column_Letters_IsTheZeroBasedIndex(string letters, int column)
    {
        Assert.Equal(column, SpreadsheetGrid.Column(letters));
    }
}
