using System.Text.Json;
using Rubric.Cli.Commands;
using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;

namespace Rubric.Cli.Tests.Commands;

public class ImportCommandTests
{
    [Fact]
    public void Execute_FilledRows_WritesAssessmentJsonAtomically()
    {
        using var folder = new TempFolder();
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[2][1] = "school-01";
        rows[7][SheetLayout.AssessorObservedColumn] = "否";
        var (context, stdout, _) = CliRun.Context();
        var path = folder.File("school-01.assessment.json");

        var code = ImportCommand.Execute(context, TestRubrics.Demo(), "sheet.csv", rows, null, null, path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stdout.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.False(document.RootElement.GetProperty("assessor").GetProperty("t1.1").GetProperty("met").GetBoolean());
        Assert.Equal("demo", document.RootElement.GetProperty("rubric").GetString());
    }

    [Fact]
    public void Execute_BadSheet_ExitOneNothingWritten()
    {
        var (context, stdout, stderr) = CliRun.Context();

        var code = ImportCommand.Execute(context, TestRubrics.Demo(), "empty.csv", [new string?[SheetLayout.ColumnCount]], null, null, null);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.Contains("error RUB1911: No item table", stderr.ToString(), StringComparison.Ordinal);
    }
}
