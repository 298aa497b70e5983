using MiniExcelLibs;
using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Sheets;

public class SheetImporterTests
{
    private static readonly Dictionary<string, (object Self, object Assessor)> Filled = new(StringComparer.Ordinal)
    {
        ["t1.1"] = ("是", "否"),
        ["t1.4"] = ("yes", "noticeboard"),
        ["t1.6"] = ("ontime", "迟交"),
        ["t1.7"] = (0, 1),
        ["t1.13"] = (20, 17),
        ["t1.16"] = (2, 1.5),
    };

    /// <summary>Writes the blank xlsx, fills it as a person would in a spreadsheet, and saves it.</summary>
    private static string FillTemplate(TempFolder folder)
    {
        var blank = folder.File("blank.xlsx");
        using (var stream = File.Create(blank))
        {
            TemplateWriter.Xlsx(ScoringSheet.For(TestRubrics.Demo()), stream);
        }

        var rows = MiniExcel.Query(blank, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
        foreach (var row in rows)
        {
            switch (row["A"] as string)
            {
                case SheetLayout.UnitName: row["B"] = "盘龙镇中心小学"; break;
                case SheetLayout.UnitId: row["B"] = "school-01"; break;
                case SheetLayout.Date: row["B"] = new DateTime(2011, 12, 15); break;
                case SheetLayout.Team: row["B"] = "盘龙镇教管中心考核组"; break;
            }

            if (row["H"] is string id && Filled.TryGetValue(id, out var cells))
            {
                row["F"] = cells.Self;
                row["G"] = cells.Assessor;
            }
        }

        var filled = folder.File("filled.xlsx");
        MiniExcel.SaveAs(filled, rows, printHeader: false);
        return filled;
    }

    [Fact]
    public void Import_FilledTemplate_RoundTripsToTheSameScore()
    {
        using var folder = new TempFolder();
        var rubric = TestRubrics.Demo();
        var path = FillTemplate(folder);

        var result = SheetImporter.Import(rubric, SheetReader.Read(path), path);

        Assert.Empty(result.Diagnostics);
        var assessment = result.Assessment!;
        Assert.Equal(("school-01", "盘龙镇中心小学", "盘龙镇教管中心考核组"), (assessment.UnitId, assessment.UnitName, assessment.AssessedBy));
        Assert.Equal(new DateOnly(2011, 12, 15), assessment.Date);
        Assert.Equal(AssessmentRound.Annual, assessment.Round);
        var scored = ScoringEngine.Default.Score(rubric, assessment);
        Assert.True(scored.Succeeded, string.Join("; ", scored.Errors));
        var expected = ScoringEngine.Default.Score(rubric, TestRubrics.School01()).Scorecard!;
        Assert.Equal(expected.Total, scored.Scorecard.Total);
        Assert.Equal(5.9m, scored.Scorecard.Total.Assessor);
        Assert.Equal(
            expected.Deductions(ScoreSide.Assessor).Select(d => d.Explain()),
            scored.Scorecard.Deductions(ScoreSide.Assessor).Select(d => d.Explain()));
    }

    [Fact]
    public void Import_FilledCsvTemplate_ReadsQuotedCellsAndScores()
    {
        using var folder = new TempFolder();
        var rubric = TestRubrics.Demo();
        var writer = new StringWriter();
        TemplateWriter.Csv(ScoringSheet.For(rubric), writer);
        var csv = writer.ToString()
            .Replace("单位编号 unit id,,", "单位编号 unit id,school-02,", StringComparison.Ordinal)
            .Replace(",1,,,t1.1,", ",1,是,\"否\",t1.1,", StringComparison.Ordinal)
            .Replace(",1,,,t1.4,", ",1,是,\"slogan, noticeboard\",t1.4,", StringComparison.Ordinal)
            .Replace(",1,,,t1.6,", ",1,ontime,missing,t1.6,", StringComparison.Ordinal)
            .Replace(",2,,,t1.7,", ",2,0,没做,t1.7,", StringComparison.Ordinal)
            .Replace(",3,,,t1.13,", ",3,20,25,t1.13,", StringComparison.Ordinal)
            .Replace(",2,,,t1.16,", ",2,2,0,t1.16,", StringComparison.Ordinal);
        var path = folder.File("filled.csv");
        File.WriteAllText(path, csv);

        var result = SheetImporter.Import(rubric, SheetReader.Read(path), path);

        Assert.Empty(result.Diagnostics);
        var scored = ScoringEngine.Default.Score(rubric, result.Assessment!);
        Assert.True(scored.Succeeded, string.Join("; ", scored.Errors));
        Assert.Equal(new ScorePair(10m, 3m), scored.Scorecard.Total);
    }

    [Fact]
    public void Import_BadCell_DiagnosticWithRowAndColumn()
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[2][1] = "school-01";
        rows[7][SheetLayout.AssessorColumn] = "maybe";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.xlsx");

        Assert.Null(result.Assessment);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("sheet.xlsx(8,7): error RUB1910: item t1.1 (考核分 assessor): 'maybe' is not a yes/no; write 是 or 否 (yes/no, 1/0).", diagnostic.ToString());
    }

    [Fact]
    public void Import_NoUnitId_AskedForWithTheOption()
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[7][SheetLayout.SelfColumn] = "是";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.csv");

        Assert.Contains(result.Diagnostics, d => d.Code == "RUB1911" && d.Message.Contains("--unit-id", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_OnlySelfColumn_SelfAssessmentRoundWithoutAssessorColumn()
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[7][SheetLayout.SelfColumn] = "是";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.csv", unitIdOverride: "school-09");

        Assert.Equal(AssessmentRound.SelfAssessment, result.Assessment!.Round);
        Assert.False(result.Assessment.HasAssessor);
        Assert.Single(result.Assessment.Column(ScoreSide.Self)!);
    }

    [Theory]
    [InlineData("school-09\n")]
    [InlineData("school-09\r\n")]
    [InlineData("school\u001b[31m-09")]
    public void Import_UnitIdWithControlCharacter_RefusedAndShownEscaped(string unitId)
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[7][SheetLayout.SelfColumn] = "是";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.csv", unitIdOverride: unitId);

        Assert.Null(result.Assessment);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(DisplayText.Escape(unitId), diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostic.ToString(), char.IsControl);
    }
}
