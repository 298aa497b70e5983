using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Tests.Commands;

public sealed class ImportRubricCommandTests
{
    /// <summary>Every sample rubric: the seeds, and one whose items word each rule family differently from the seed.</summary>
    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        // The staff sheet is this project's illustration, written in JSON: its ids (s1, s1.1), steps
        // and evidence are not stated in its texts, as an office's sheet states them, so no sheet
        // can give them back.
        var rubrics = Directory.GetFiles(Repo.Seeds, "*.rubric.json").Where(static f => !f.EndsWith("panlong-staff.rubric.json", StringComparison.Ordinal)).Append(Path.Combine(AppContext.BaseDirectory, "Fixtures", "phrasings.rubric.json"));
        foreach (var rubric in rubrics)
        {
            foreach (var format in new[] { "csv", "xlsx", "docx" })
            {
                data.Add(rubric, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ImportRubric_BlankSheetOfASample_GivesBackTheSameRubric(string rubric, string format)
    {
        using var folder = new TempFolder();
        var sheet = folder.File("sheet." + format);
        if (format == "docx")
        {
            WriteDocx(rubric, sheet);
        }
        else
        {
            Assert.Equal(0, CliRun.Invoke("template", rubric, "--format", format, "--out", sheet).ExitCode);
        }

        var output = folder.File("imported.rubric.json");
        var run = CliRun.Invoke("import-rubric", sheet, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var original = JsonNode.Parse(File.ReadAllText(rubric))!;
        var imported = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Equal(original["title"]!.GetValue<string>(), imported["title"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(original["tasks"], imported["tasks"]), "tasks differ:\n" + imported["tasks"]!.ToJsonString());
    }

    [Fact]
    public void ImportRubric_SeedSheet_WarnsAtTheIncompleteItemAndNamesItForReview()
    {
        using var folder = new TempFolder();
        var sheet = folder.File("panlong.csv");
        CliRun.Invoke("template", Repo.Seed("panlong.rubric.json"), "--out", sheet);

        var run = CliRun.Invoke("import-rubric", sheet, "--id", "panlong");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"id\": \"panlong\"", run.Out, StringComparison.Ordinal);
        Assert.Contains(sheet + "(41,4): warning RUB1404: D41: Item t2.11:", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning RUB1301: A30: Task 't2' is worth 25 points", run.Error, StringComparison.Ordinal);
        Assert.Contains("29 items; 1 written as judged for review: t2.11.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportRubric_Strict_WarningIsAnErrorExitOneNothingWritten()
    {
        using var folder = new TempFolder();
        var sheet = folder.File("panlong.xlsx");
        CliRun.Invoke("template", Repo.Seed("panlong.rubric.json"), "--format", "xlsx", "--out", sheet);
        var output = folder.File("out.rubric.json");

        var run = CliRun.Invoke("import-rubric", sheet, "--out", output, "--strict");

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Contains("error RUB1404: 评分表!D41:", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportRubric_NotASheet_ExitOneWithALocatedError()
    {
        using var folder = new TempFolder();
        var sheet = folder.File("notes.docx");
        File.WriteAllText(sheet, "plain text");

        var run = CliRun.Invoke("import-rubric", sheet);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(sheet + ": error RUB1401: The file is not a Word document (.docx)", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void ImportRubric_MissingFile_ExitOne()
    {
        var run = CliRun.Invoke("import-rubric", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportRubric_NoSheetArgument_IsAUsageError()
    {
        Assert.Equal(2, CliRun.Invoke("import-rubric").ExitCode);
    }

    [Fact]
    public void ImportRubric_Written_ValidatesAsARubric()
    {
        using var folder = new TempFolder();
        var sheet = folder.File("phrasings.csv");
        CliRun.Invoke("template", Path.Combine(AppContext.BaseDirectory, "Fixtures", "phrasings.rubric.json"), "--out", sheet);
        var output = folder.File("phrasings.rubric.json");

        var run = CliRun.Invoke("import-rubric", sheet, "--out", output);

        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("10 items, every rule recognised.", run.Error, StringComparison.Ordinal);
        var loaded = new RubricLoader(new LoaderOptions { Strict = true }).LoadRubric(output);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Equal("phrasings", loaded.Value.Id);
    }

    /// <summary>The blank sheet as a Word table (the template writes no docx): the title paragraph, then the grid below it.</summary>
    private static void WriteDocx(string rubricPath, string path)
    {
        var rubric = new RubricLoader().LoadRubric(rubricPath).Value!;
        var grid = TemplateWriter.Grid(ScoringSheet.For(rubric)).Select(static r => r.Select(SheetReader.Cell).ToArray()).ToList();
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var body = new Body();
        var header = grid.FindIndex(static r => r[0] is { } cell && cell.StartsWith("工作任务", StringComparison.Ordinal));
        foreach (var line in grid.Take(header).Select(static r => r[0]).OfType<string>())
        {
            body.Append(new Paragraph(new Run(new Text(line))));
        }

        var table = new Table();
        foreach (var cells in grid.Skip(header))
        {
            table.Append(new TableRow(cells.Select(static c => new TableCell(new Paragraph(new Run(new Text(c ?? string.Empty)))))));
        }

        body.Append(table);
        document.AddMainDocumentPart().Document = new Document(body);
    }
}
