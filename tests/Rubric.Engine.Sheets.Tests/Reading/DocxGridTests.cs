using Rubric.Engine.Sheets.Tests.Support;

namespace Rubric.Engine.Sheets.Tests.Reading;

public sealed class DocxGridTests
{
    [Fact]
    public void Read_ParagraphsThenTable_ParagraphsAreOneCellRowsAboveTheTable()
    {
        var grid = DocxGrid.Read(SheetFiles.Docx(["附件：", "评分细则"], [["工作任务", "分值"], ["党建（1分）", "1"]]));

        Assert.Equal(string.Join("|", new[] { "附件：" }), Joined(grid.Rows[0]));
        Assert.Equal(string.Join("|", new[] { "评分细则" }), Joined(grid.Rows[1]));
        Assert.Equal(string.Join("|", new[] { "工作任务", "分值" }), Joined(grid.Rows[2]));
        Assert.Equal(4, grid.Rows.Count);
        Assert.Null(grid.SheetName);
    }

    [Fact]
    public void Read_VerticallyMergedCell_ContinuationIsEmpty()
    {
        var grid = DocxGrid.Read(SheetFiles.Docx([], [["工作任务", "考核内容"], ["党建（2分）", "甲"], [null, "乙"]], 0));

        Assert.Equal("党建（2分）", grid.Rows[1][0]);
        Assert.Null(grid.Rows[2][0]);
        Assert.Equal("乙", grid.Rows[2][1]);
    }

    [Fact]
    public void Read_CellOfSeveralParagraphs_IsOneText()
    {
        var grid = DocxGrid.Read(SheetFiles.Docx([], [["三项活动\n（25分）", "See the\nrecords"]]));

        Assert.Equal(string.Join("|", new[] { "三项活动（25分）", "See the records" }), Joined(grid.Rows[0]));
    }

    [Fact]
    public void Read_OnlyTheFirstTable_IsRead()
    {
        var grid = DocxGrid.Read(SheetFiles.Docx([], [["a"]]));

        // SheetFiles adds a paragraph after the table; it is not part of the sheet.
        Assert.Equal(string.Join("|", new[] { "a" }), Joined(Assert.Single(grid.Rows)));
    }

    private static string Joined(string?[] cells) => string.Join("|", cells);
}
