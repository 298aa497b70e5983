namespace Rubric.Engine.Sheets.Tests.Layout;

public sealed class SheetColumnsTests
{
    [Fact]
    public void Find_TemplateHeader_NamesTheFiveColumnsAndIgnoresTheRest()
    {
        var grid = new SheetGrid(null, [["标题"], ["工作任务 task", "阶段 stage", "序号 no.", "考核内容 item", "分值 points", "自查分 self", "考核分 assessor", "编号 id", "填写说明 how to fill"]]);

        Assert.Equal(new SheetColumns(1, 0, 1, 2, 3, 4), SheetColumns.Find(grid));
    }

    [Fact]
    public void Find_ColumnsInAnotherOrderWithoutNumber_AreFoundByName()
    {
        var grid = new SheetGrid(null, [["编号", "分值", "考核细则", "阶段", "工作任务", "自查分"]]);

        Assert.Equal(new SheetColumns(0, 4, 3, -1, 2, 1), SheetColumns.Find(grid));
    }

    [Fact]
    public void Find_EnglishNames_AreAccepted()
    {
        var grid = new SheetGrid(null, [["Task", "STAGE", "No.", "Item", "Points"]]);

        Assert.Equal(new SheetColumns(0, 0, 1, 2, 3, 4), SheetColumns.Find(grid));
    }

    [Fact]
    public void Find_HeaderWithoutPoints_IsNone()
    {
        var grid = new SheetGrid(null, [["工作任务", "阶段", "考核内容", "考核分值"]]);

        Assert.Null(SheetColumns.Find(grid));
    }
}
