using MiniExcelLibs;
using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Sheets;

public class TemplateWriterTests
{
    [Fact]
    public void Csv_DemoRubric_ListsEveryItemTextWithPointsAndEmptyScoreCells()
    {
        var rubric = TestRubrics.Demo();
        var output = new StringWriter();

        TemplateWriter.Csv(ScoringSheet.For(rubric), output);

        var csv = output.ToString();
        foreach (var item in rubric.Items)
        {
            Assert.Contains(item.Text.Contains('"', StringComparison.Ordinal) || item.Text.Contains(',', StringComparison.Ordinal) ? "\"" + item.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : item.Text, csv, StringComparison.Ordinal);
        }

        var lines = csv.Split("\r\n");
        Assert.Equal("演示评分细则,,,,,,,,,,", lines[0]);
        Assert.Equal("单位名称 unit name,,,,,,,,,,", lines[1]);
        Assert.Equal("考核组 assessing team,,,,,,,,,,", lines[4]);
        Assert.Equal("工作任务 task,阶段 stage,序号 no.,考核内容 item,分值 points,自查情况 self observed,自查分 self score,考核情况 assessor observed,考核分 assessor score,编号 id,填写说明 how to fill", lines[6]);
        Assert.Equal("1. 三项活动（10分）,准备阶段（3分）,1,\"成立领导小组, 有专人负责\",1,,,,,t1.1,\"是/否 (yes/no, 1/0)。得分栏可直接填分 (or type the score in the score column)\"", lines[7]);
        Assert.Equal("1. 三项活动（10分）,准备阶段（3分）,,阶段小计 stage total,3,,,,,t1.prep,", lines[10]);
        Assert.StartsWith("1. 三项活动（10分）,实施阶段（7分）,13,走访教职工,3,,,,,t1.13,", lines[12], StringComparison.Ordinal);
        Assert.Equal("1. 三项活动（10分）,,,任务合计 task total,10,,,,,t1,", lines[15]);
        Assert.Equal(",,,总分 sheet total,10,,,,,demo,", lines[16]);
    }

    [Fact]
    public void Markdown_DemoRubric_HeaderFieldsAndOneRowPerItem()
    {
        var output = new StringWriter();

        TemplateWriter.Markdown(ScoringSheet.For(TestRubrics.Demo()), output);

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("# 演示评分细则", lines[0]);
        Assert.Contains("- 考核时间 date: ____________", lines);
        Assert.Contains("| 1. 三项活动（10分） | 实施阶段（7分） | 7 | 党性分析 | 2 |  |  |  |  | t1.7 |", lines);
        Assert.Contains("| 1. 三项活动（10分） | 实施阶段（7分） |  | 阶段小计 stage total | 7 |  |  |  |  | t1.impl |", lines);
        Assert.Equal(9, lines.Count(l => l.StartsWith("| 1. 三项活动", StringComparison.Ordinal)));
    }

    [Fact]
    public void Xlsx_DemoRubric_AWorkbookWithTheSameCells()
    {
        using var stream = new MemoryStream();

        TemplateWriter.Xlsx(ScoringSheet.For(TestRubrics.Demo()), stream);

        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("演示评分细则", rows[0]["A"]);
        Assert.Equal("工作任务 task", rows[6]["A"]);
        Assert.Equal("群众口碑好", rows[13]["D"]);
        Assert.Equal("t1.16", rows[13]["J"]);
    }

    [Fact]
    public void Xlsx_DemoRubric_ScoreCellsAreFormulasOfTheObservationBeside()
    {
        using var stream = new MemoryStream();

        TemplateWriter.Xlsx(ScoringSheet.For(TestRubrics.Demo()), stream);

        stream.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, isEditable: false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal(ScoreFormulas.Item(TestRubrics.Demo().Items[3], "F12"), cells["G12"].CellFormula!.Text);
        Assert.Equal(ScoreFormulas.Item(TestRubrics.Demo().Items[3], "H12"), cells["I12"].CellFormula!.Text);
        Assert.Equal("ROUND(SUM(G8,G9,G10),9)", cells["G11"].CellFormula!.Text);
        Assert.Equal("ROUND(SUM(I11,I15),9)", cells["I16"].CellFormula!.Text);
        Assert.Equal("ROUND(SUM(G16),9)", cells["G17"].CellFormula!.Text);
        Assert.True(document.WorkbookPart.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);
    }
}
