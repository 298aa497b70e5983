using System.Text.Json.Nodes;
using CsCheck;
using Rubric.Engine.Schema;
using Rubric.Engine.Sheets.Tests.Support;

namespace Rubric.Engine.Sheets.Tests;

public sealed class RubricSheetImporterTests
{
    private static readonly string[] IncompleteItems = ["t2.11"];

    public static TheoryData<SheetFormat> Formats => [SheetFormat.Docx, SheetFormat.Xlsx, SheetFormat.Csv];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Import_SeedSheetTypedByTheOffice_RulesEqualTheSeedForItsCompleteItems(SheetFormat format)
    {
        var result = new RubricSheetImporter().Import(PanlongFile(format), format, "评分细则" + Extension(format));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var seed = Items(JsonNode.Parse(File.ReadAllText(Repo.Seed("panlong.rubric.json")))!);
        var imported = Items(JsonNode.Parse(result.Json)!);
        Assert.Equal(seed.Keys, imported.Keys);
        var complete = seed.Keys.Except(IncompleteItems).ToList();
        Assert.Equal(28, complete.Count);
        foreach (var id in complete)
        {
            Assert.True(JsonNode.DeepEquals(seed[id]["rule"], imported[id]["rule"]), $"{id}: {seed[id]["rule"]!.ToJsonString()} != {imported[id]["rule"]!.ToJsonString()}");
            foreach (var member in new[] { "number", "points", "evidence", "methods" })
            {
                Assert.True(JsonNode.DeepEquals(seed[id][member], imported[id][member]), $"{id}.{member}: {seed[id][member]?.ToJsonString()} != {imported[id][member]?.ToJsonString()}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Import_SeedSheet_TasksStagesAndTitleAreTheSheets(SheetFormat format)
    {
        var result = new RubricSheetImporter().Import(PanlongFile(format), format, "评分细则" + Extension(format));

        var rubric = Assert.IsType<RubricDefinition>(result.Rubric);
        if (format == SheetFormat.Docx)
        {
            Assert.Equal(PanlongSheet.Title, rubric.Title);
        }

        Assert.Equal(["t1", "t2"], rubric.Tasks.Select(static t => t.Id));
        Assert.Equal(["三项活动", "创先争优"], rubric.Tasks.Select(static t => t.Text));
        Assert.Equal(["t1.prep", "t1.impl", "t1.sum", "t2.prep", "t2.impl"], rubric.Tasks.SelectMany(static t => t.Stages).Select(static s => s.Id));
        Assert.Equal([5m, 15m, 5m, 5m, 15m], rubric.Tasks.SelectMany(static t => t.Stages).Select(static s => s.Points));
        Assert.Equal(50m, rubric.Points);
        Assert.Equal("imported-rubric", rubric.Id);
    }

    [Fact]
    public void Import_SeedSheet_IncompleteItemIsJudgedForReviewWithALocatedWarning()
    {
        var result = new RubricSheetImporter().Import(PanlongFile(SheetFormat.Docx), SheetFormat.Docx, "评分细则.docx");

        Assert.Equal(IncompleteItems, result.ItemsToReview);
        var warning = Assert.Single(result.Diagnostics, static d => d.Code == SheetDiagnosticCodes.UnrecognisedClause);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(PanlongSheet.Paragraphs.Count + 30, warning.Line);
        Assert.Equal(4, warning.Column);
        Assert.Equal("评分细则.docx", warning.File);
        Assert.Contains("t2.11", warning.Message, StringComparison.Ordinal);
        Assert.IsType<JudgedRule>(result.Rubric!.Items.Single(static i => i.Id == "t2.11").Rule);
        Assert.Contains("t2.11 (row", JsonNode.Parse(result.Json!)!["incomplete"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SeedSheet_TotalsThatDoNotAddUpAreRub1301AtTheirRows()
    {
        var result = new RubricSheetImporter().Import(PanlongFile(SheetFormat.Csv), SheetFormat.Csv, "评分细则.csv");

        var totals = result.Diagnostics.Where(static d => d.Code == DiagnosticCodes.TotalMismatch).ToList();
        Assert.Equal(2, totals.Count);

        // Three lines above the header (row 4); task 创先争优 opens on row 23, its 实施阶段 on row 28.
        Assert.Equal((23, 1), (totals[0].Line, totals[0].Column));
        Assert.Equal((28, 2), (totals[1].Line, totals[1].Column));
        Assert.StartsWith("A23: ", totals[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Strict_WarningsAreErrorsAndNoRubricIsWritten()
    {
        var result = new RubricSheetImporter(new RubricSheetImportOptions { Strict = true }).Import(PanlongFile(SheetFormat.Csv), SheetFormat.Csv, "s.csv");

        Assert.False(result.Succeeded);
        Assert.Null(result.Json);
        Assert.Contains(result.Diagnostics, static d => d.IsError && d.Code == SheetDiagnosticCodes.UnrecognisedClause);
    }

    [Fact]
    public void Import_Json_IsARubricFileTheLoaderReadsToTheSameRubric()
    {
        var result = new RubricSheetImporter(new RubricSheetImportOptions { RubricId = "panlong" }).Import(PanlongFile(SheetFormat.Xlsx), SheetFormat.Xlsx, "x.xlsx");

        var loaded = new RubricLoader().ParseRubric(System.Text.Encoding.UTF8.GetBytes(result.Json!));
        Assert.True(loaded.Succeeded);
        Assert.Equal("panlong", loaded.Value.Id);
        Assert.Equal(result.Rubric!.Items.Select(static i => (i.Id, i.Points, i.Rule.Kind)), loaded.Value.Items.Select(static i => (i.Id, i.Points, i.Rule.Kind)));
    }

    [Fact]
    public void Import_ColumnsInAnotherOrderAmongOthers_AreFoundByTheirNames()
    {
        // The blank sheet of another layout: observation columns beside the score columns, the id column first.
        string?[][] rows =
        [
            ["评分表"],
            ["编号 id", "工作任务 task", "阶段 stage", "序号 no.", "考核内容 item", "分值 points", "自查情况 self observation", "自查分 self", "考核情况 observation", "考核分 assessor"],
            ["x9", "1. 党建（3分）", "准备阶段（3分）", "1", "成立领导小组。(未成立的扣1分)", "1", "已成立", "1", "已成立", "1"],
            ["x8", "1. 党建（3分）", "准备阶段（3分）", "2", "上报材料。(没有按时上报的扣1分,未交的扣2分)", "2", null, null, null, null],
        ];

        var result = new RubricSheetImporter().Import(SheetFiles.Xlsx(rows), SheetFormat.Xlsx, "sheet.xlsx");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["t1.1", "t1.2"], result.Rubric.Items.Select(static i => i.Id));
        Assert.IsType<TieredRule>(result.Rubric.Items[1].Rule);
        Assert.Equal("评分表", result.Rubric.Title);
    }

    [Fact]
    public void Import_EnglishHeadersAndNumbersInTheText_AreRead()
    {
        string?[][] rows =
        [
            ["Task", "Stage", "Item", "Points"],
            ["Party building (2分)", "准备阶段 (2分)", "1. 成立领导小组。(未成立的扣1分)", "1"],
            [null, null, "2、制定方案。(没有方案扣1分)", "1"],
        ];

        var result = new RubricSheetImporter().Import(SheetFiles.Csv(rows), SheetFormat.Csv, "english.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([(1, "成立领导小组。(未成立的扣1分)"), (2, "制定方案。(没有方案扣1分)")], result.Rubric.Items.Select(static i => (i.Number, i.Text)));
        Assert.Equal("Party building", result.Rubric.Tasks[0].Text);
        Assert.Equal("t1.prep", result.Rubric.Tasks[0].Stages[0].Id);
    }

    [Fact]
    public void Import_TotalRow_GivesTheRubricsPoints()
    {
        string?[][] rows =
        [
            ["工作任务", "阶段", "序号", "考核内容", "分值"],
            ["党建（1分）", "准备阶段（1分）", "1", "成立领导小组。(未成立的扣1分)", "1"],
            ["合计", null, null, null, "100"],
        ];

        var result = new RubricSheetImporter().Import(SheetFiles.Csv(rows), SheetFormat.Csv, "total.csv");

        Assert.Equal(100m, result.Rubric!.Points);
        var mismatch = Assert.Single(result.Diagnostics, static d => d.Code == DiagnosticCodes.TotalMismatch);
        Assert.Equal((3, 5), (mismatch.Line, mismatch.Column));
    }

    [Theory]
    [InlineData("党建", "准备阶段（1分）", "1", "The task '党建' does not state its points", 2, 1)]
    [InlineData("党建（1分）", "准备阶段", "1", "The stage '准备阶段' does not state its points", 2, 2)]
    [InlineData("党建（1分）", "准备阶段（1分）", "一分", "'一分' is not a number of points", 2, 4)]
    [InlineData("党建（1分）", "准备阶段（1分）", null, "has no points", 2, 4)]
    public void Import_UnreadableCell_IsAnErrorAtItsRowAndColumn(string task, string stage, string? points, string message, int line, int column)
    {
        string?[][] rows = [["工作任务", "阶段", "考核内容", "分值"], [task, stage, "成立领导小组。(未成立的扣1分)", points]];
        var result = new RubricSheetImporter().Import(SheetFiles.Csv(rows), SheetFormat.Csv, "bad.csv");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(SheetDiagnosticCodes.InvalidCell, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Import_ItemBeforeAnyStage_IsAnError()
    {
        string?[][] rows = [["工作任务", "阶段", "考核内容", "分值"], ["党建（1分）", null, "成立领导小组。(未成立的扣1分)", "1"]];

        var result = new RubricSheetImporter().Import(SheetFiles.Csv(rows), SheetFormat.Csv, "bad.csv");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((SheetDiagnosticCodes.InvalidCell, 2, 2), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Import_LossAboveTheItemsPoints_IsTheLoadersErrorAtTheItemsRow()
    {
        string?[][] rows = [["工作任务", "阶段", "考核内容", "分值"], ["党建（1分）", "准备阶段（1分）", "成立领导小组。(未成立的扣3分)", "1"]];

        var result = new RubricSheetImporter().Import(SheetFiles.Csv(rows), SheetFormat.Csv, "loss.csv");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, static d => d.IsError);
        Assert.Equal((DiagnosticCodes.ExceedsItemPoints, 2, 3), (error.Code, error.Line, error.Column));
        Assert.Equal("/tasks/0/stages/0/items/0/rule/loss", error.JsonPointer);
    }

    [Fact]
    public void Import_NoHeaderRow_IsNoItemTable()
    {
        var result = new RubricSheetImporter().Import(SheetFiles.Csv([["任务", "内容"], ["党建", "成立领导小组"]]), SheetFormat.Csv, "none.csv");

        Assert.Equal(SheetDiagnosticCodes.NoItemTable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_HeaderWithoutItems_IsNoItemTable()
    {
        var result = new RubricSheetImporter().Import(SheetFiles.Csv([["工作任务", "阶段", "考核内容", "分值"]]), SheetFormat.Csv, "empty.csv");

        Assert.Equal(SheetDiagnosticCodes.NoItemTable, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData(SheetFormat.Docx)]
    [InlineData(SheetFormat.Xlsx)]
    public void Import_BytesThatAreNoSuchFile_IsUnreadableNotAnException(SheetFormat format)
    {
        var result = new RubricSheetImporter().Import("这不是一个文件"u8.ToArray(), format, "fake" + Extension(format));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(SheetDiagnosticCodes.Unreadable, error.Code);
        Assert.Equal("fake" + Extension(format), error.File);
    }

    [Fact]
    public void Import_PathWithAnUnknownExtension_IsUnreadable()
    {
        var result = new RubricSheetImporter().Import("sheet.pdf");

        Assert.Equal(SheetDiagnosticCodes.Unreadable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_MissingFile_IsTheLoadersFileDiagnostic()
    {
        var result = new RubricSheetImporter().Import(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".docx"));

        Assert.Equal(DiagnosticCodes.FileUnreadable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_FileOnDisk_TakesItsIdFromTheName()
    {
        var path = Path.Combine(Path.GetTempPath(), "panlong-" + Guid.NewGuid().ToString("N")[..6] + ".rubric.csv");
        File.WriteAllBytes(path, PanlongFile(SheetFormat.Csv));
        try
        {
            var result = new RubricSheetImporter().Import(path);

            Assert.Equal(Path.GetFileName(path)[..^".rubric.csv".Length], result.Rubric!.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("a.xlsx", SheetFormat.Xlsx)]
    [InlineData("A.DOCX", SheetFormat.Docx)]
    [InlineData("评分细则.csv", SheetFormat.Csv)]
    [InlineData("a.doc", null)]
    [InlineData("a", null)]
    public void FormatOf_FileName_IsTheFormatOfItsExtension(string path, SheetFormat? format)
    {
        Assert.Equal(format, RubricSheetImporter.FormatOf(path));
    }

    [Fact]
    public void Import_AnyGridOfSheetCells_SucceedsExactlyWhenNothingIsAnErrorAndNeverThrows()
    {
        string?[] words =
        [
            null, "工作任务", "阶段", "序号", "考核内容", "分值", "合计", "三项活动（25分）", "1. 党建（2分）", "准备阶段（5分）", "实施阶段", "7", "x", "0.5", "-1", "99999999999",
            "成立领导小组。(未成立的扣1分)", "走访20人次以上。(每人次扣0.2分,没做的扣2分)", "(2分)", "3.(加1分)", "(扣完为止)",
        ];
        var cell = Gen.OneOf(Gen.Int[0, words.Length - 1].Select(i => words[i]), Gen.String.Select(static s => (string?)s));
        var grid = cell.Array[5].Array[0, 8].Select(static rows => rows.Prepend(["工作任务", "阶段", "序号", "考核内容", "分值"]).ToArray());
        grid.Sample(rows =>
        {
            var result = new RubricSheetImporter().Import(SheetFiles.Csv(rows), SheetFormat.Csv, "random.csv");
            Assert.Equal(!result.Diagnostics.Any(static d => d.IsError), result.Succeeded);
        }, iter: 300);
    }

    internal static byte[] PanlongFile(SheetFormat format) => format switch
    {
        SheetFormat.Docx => SheetFiles.Docx(PanlongSheet.Paragraphs, PanlongSheet.Table, 0, 1),
        SheetFormat.Xlsx => SheetFiles.Xlsx([.. PanlongSheet.Paragraphs.Select(static p => new[] { p }), .. PanlongSheet.Table]),
        _ => SheetFiles.Csv([.. PanlongSheet.Paragraphs.Select(static p => new[] { p }), .. PanlongSheet.Table]),
    };

    private static string Extension(SheetFormat format) => "." + format.ToString().ToLowerInvariant();

    private static Dictionary<string, JsonNode> Items(JsonNode rubric) =>
        rubric["tasks"]!.AsArray().SelectMany(static t => t!["stages"]!.AsArray()).SelectMany(static s => s!["items"]!.AsArray())
            .ToDictionary(static i => i!["id"]!.GetValue<string>(), static i => i!);
}
