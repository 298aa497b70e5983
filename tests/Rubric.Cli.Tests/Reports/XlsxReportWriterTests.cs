using MiniExcelLibs;
using Rubric.Cli.Reports;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Reports;

public class XlsxReportWriterTests
{
    private static MemoryStream Workbook(ReportLanguage language)
    {
        var stream = new MemoryStream();
        new XlsxReportWriter(new ReportText(language)).Write(SeedReports.WithRoster, stream);
        stream.Position = 0;
        return stream;
    }

    private static List<IDictionary<string, object?>> Sheet(MemoryStream workbook, string name)
    {
        workbook.Position = 0;
        return [.. workbook.Query(useHeaderRow: true, sheetName: name, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }

    [Fact]
    public void Write_Seeds_HasOneSheetPerView()
    {
        using var workbook = Workbook(ReportLanguage.English);

        Assert.Equal(["Summary", "Units", "Reasons", "Over-claims", "Items", "Distribution", "Awards", "Not scored"], workbook.GetSheetNames());
    }

    [Fact]
    public void Write_Seeds_UnitsSheetListsEveryUnitRankedWithItsCostliestItem()
    {
        using var workbook = Workbook(ReportLanguage.English);

        var units = Sheet(workbook, "Units");

        Assert.Equal(10, units.Count);
        Assert.Equal("school-01", units[0]["unit id"]);
        Assert.Equal("school-09", units[^1]["unit id"]);
        Assert.Equal("t1.12", units[^1]["costliest item"]);
        Assert.Equal(11m, Convert.ToDecimal(units[^1]["lost"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_Seeds_ItemsSheetPutsTheCostliestItemFirst()
    {
        using var workbook = Workbook(ReportLanguage.English);

        var items = Sheet(workbook, "Items");

        Assert.Equal(29, items.Count);
        Assert.Equal("t1.14", items[0]["item"]);
        Assert.Equal(5.2m, Convert.ToDecimal(items[0]["lost in all"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.7333m, Convert.ToDecimal(items[0]["mean loss"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_Seeds_ReasonsSheetHasEveryLostItemOfEveryUnit()
    {
        using var workbook = Workbook(ReportLanguage.English);

        var reasons = Sheet(workbook, "Reasons");

        Assert.Equal(SeedReports.WithRoster.Bodies.Sum(static b => b.Units.Sum(static u => u.Losses.Count)), reasons.Count);
        Assert.Equal(47.6m, Convert.ToDecimal(reasons.First(r => (string?)r["unit id"] == "school-02")["share %"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_Chinese_NamesSheetsAndColumnsInChinese()
    {
        using var workbook = Workbook(ReportLanguage.Chinese);

        var awards = Sheet(workbook, "评优");

        Assert.Contains("单位", workbook.GetSheetNames());
        Assert.Equal(3, awards.Count(static r => (string?)r["获评"] == "是"));
    }
}
