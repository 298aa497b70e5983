using MiniExcelLibs;
using Rubric.Cli.Output;
using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>Writes the blank sheet as CSV, Markdown or an xlsx workbook.</summary>
internal static class TemplateWriter
{
    public static void Csv(ScoringSheet sheet, TextWriter writer)
    {
        foreach (var row in Grid(sheet))
        {
            Output.Csv.WriteRow(writer, row.Select(static c => c switch
            {
                null => null,
                decimal d => PointsFormat.Format(d),
                int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            }));
        }

        writer.Flush();
    }

    public static void Markdown(ScoringSheet sheet, TextWriter writer)
    {
        writer.WriteLine("# " + Output.Markdown.Cell(sheet.Title));
        writer.WriteLine();
        foreach (var field in SheetLayout.Fields)
        {
            writer.WriteLine("- " + field + ": ____________");
        }

        writer.WriteLine();
        Output.Markdown.WriteHeader(writer, [.. SheetLayout.Headers.Take(SheetLayout.HowToColumn)], [false, false, true, false, true, true, true, false]);
        foreach (var row in sheet.Rows)
        {
            Output.Markdown.WriteRow(writer, [
                row.Task, row.Stage, row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Text, PointsFormat.Format(row.Points), string.Empty, string.Empty, row.ItemId,
            ]);
        }

        writer.Flush();
    }

    public static void Xlsx(ScoringSheet sheet, Stream stream)
    {
        var rows = Grid(sheet).Select(static cells =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < SheetLayout.ColumnCount; c++)
            {
                row[SheetLayout.Letter(c)] = cells[c];
            }

            return row;
        }).ToList();
        stream.SaveAs(rows, printHeader: false, sheetName: "评分表", excelType: ExcelType.XLSX);
    }

    /// <summary>The sheet as rows of cells: text, whole numbers and exact points.</summary>
    public static IEnumerable<object?[]> Grid(ScoringSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        yield return Padded(sheet.Title);
        foreach (var field in SheetLayout.Fields)
        {
            yield return Padded(field);
        }

        yield return Padded();
        yield return [.. SheetLayout.Headers];
        foreach (var row in sheet.Rows)
        {
            yield return [row.Task, row.Stage, row.Number, row.Text, row.Points, null, null, row.ItemId, row.HowToFill];
        }
    }

    private static object?[] Padded(params object?[] cells)
    {
        var row = new object?[SheetLayout.ColumnCount];
        cells.CopyTo(row, 0);
        return row;
    }
}
