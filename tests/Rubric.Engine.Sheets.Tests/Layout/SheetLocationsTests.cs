using Rubric.Engine.Schema;

namespace Rubric.Engine.Sheets.Tests.Layout;

public sealed class SheetLocationsTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(3, "D")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    public void Letters_Column_IsItsSpreadsheetName(int column, string letters)
    {
        Assert.Equal(letters, SheetLocations.Letters(column));
    }

    [Fact]
    public void Warning_InANamedSheet_IsLocatedAtRowAndColumnAndNamesTheCell()
    {
        var warning = new SheetLocations("a.xlsx", "评分表").Warning("RUB1404", 6, 3, "clause", "/tasks/0");

        Assert.Equal("a.xlsx(7,4): warning RUB1404: 评分表!D7: clause [at /tasks/0]", warning.ToString());
    }

    [Fact]
    public void Relocate_PointerBelowAKnownPart_MovesToThatPartsRow()
    {
        var locations = new SheetLocations("a.csv", null);
        locations.Add("/tasks/0/stages/0/items/2", 9, 3);
        var loaded = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ExceedsItemPoints, "too much", "a.csv", 40, 12, "/tasks/0/stages/0/items/2/rule/loss");

        var moved = locations.Relocate(loaded);

        Assert.Equal((10, 4, "D10: too much", "/tasks/0/stages/0/items/2/rule/loss"), (moved.Line, moved.Column, moved.Message, moved.JsonPointer));
    }

    [Fact]
    public void Relocate_UnknownPointer_IsFileLevel()
    {
        var moved = new SheetLocations("a.csv", null).Relocate(new Diagnostic(DiagnosticSeverity.Warning, "RUB1301", "sum", "a.csv", 3, 3, "/points"));

        Assert.Equal((0, 0, "sum"), (moved.Line, moved.Column, moved.Message));
    }
}
