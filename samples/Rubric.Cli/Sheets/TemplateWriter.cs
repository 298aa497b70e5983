using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rubric.Cli.Output;
using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>
/// Writes the blank sheet as CSV, Markdown or an xlsx workbook. CSV and Markdown leave the score
/// columns empty; in the workbook each score cell is a formula (<see cref="ScoreFormulas"/>), so
/// an assessor working offline in Excel or WPS sees the scores as the observations are typed.
/// </summary>
internal static class TemplateWriter
{
    /// <summary>The rows above the item table: the title, the header fields, a blank row and the column headers.</summary>
    public static int RowsAboveItems => SheetLayout.Fields.Count + 3;

    private static readonly double[] Widths = [14, 12, 5, 44, 6, 12, 8, 12, 8, 8, 36];

    public static void Csv(ScoringSheet sheet, TextWriter writer)
    {
        foreach (var row in Grid(sheet))
        {
            Output.Csv.WriteRow(writer, row.Select(static c => c switch
            {
                null => null,
                decimal d => PointsFormat.Format(d),
                int i => i.ToString(CultureInfo.InvariantCulture),
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
        Output.Markdown.WriteHeader(writer, [.. SheetLayout.Headers.Take(SheetLayout.HowToColumn)], [false, false, true, false, true, false, true, false, true, false]);
        foreach (var row in sheet.Rows)
        {
            Output.Markdown.WriteRow(writer, [
                row.Task, row.Stage, row.Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row.Text, PointsFormat.Format(row.Points),
                string.Empty, string.Empty, string.Empty, string.Empty, row.Id,
            ]);
        }

        writer.Flush();
    }

    /// <summary>
    /// Writes the workbook. With <paramref name="filled"/>, the header fields and the observation
    /// cells hold its values, and a score typed directly replaces the formula: a sheet as an
    /// office returns it, for tests and for the guide's picture.
    /// </summary>
    /// <remarks>
    /// MiniExcel, which reads the sheets back, writes every cell of a column either as a value or
    /// as a formula; a score column holds headers, formulas and totals, so the workbook is written
    /// with the Open XML SDK.
    /// </remarks>
    public static void Xlsx(ScoringSheet sheet, Stream stream, Assessment? filled = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var grid = Grid(sheet).ToList();
        if (filled is not null)
        {
            Fill(sheet, grid, filled);
        }

        var data = new SheetData();
        for (var r = 0; r < grid.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            if (r == 0)
            {
                (row.Height, row.CustomHeight) = (20, true);
            }

            for (var c = 0; c < SheetLayout.ColumnCount; c++)
            {
                var reference = SheetLayout.Letter(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                var formula = r >= RowsAboveItems && IsScoreColumn(c) && grid[r][c] is null ? Formula(sheet, r - RowsAboveItems, c) : null;
                if (ToCell(reference, grid[r][c], formula) is { } cell)
                {
                    cell.StyleIndex = StyleOf(sheet, r, c);
                    row.Append(cell);
                }
                else if (r >= RowsAboveItems - 1)
                {
                    // Empty cells of the table still get their borders, so the grid reads like the paper one.
                    row.Append(new Cell { CellReference = reference, StyleIndex = StyleOf(sheet, r, c) });
                }
            }

            data.Append(row);
        }

        var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var columns = new Columns(Widths.Select((width, c) => new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true }));
            // Printed, the sheet fits the width of a landscape A4 page, as the paper one does.
            worksheet.Worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                columns,
                data,
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            workbook.Workbook = new Workbook(
                new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "评分表" }),

                // The score cells carry no computed values: every application computes them on opening.
                new CalculationProperties { FullCalculationOnLoad = true });
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private const uint TitleStyle = 1, HeaderStyle = 2, BodyStyle = 3, TotalStyle = 4;

    private static uint StyleOf(ScoringSheet sheet, int row, int column) => row switch
    {
        0 => TitleStyle,
        _ when row == RowsAboveItems - 1 => HeaderStyle,
        _ when row < RowsAboveItems => 0,
        _ => sheet.Rows[row - RowsAboveItems].IsTotal && column >= SheetLayout.TextColumn ? TotalStyle : BodyStyle,
    };

    /// <summary>Bold title; the header and totals bold; the table bordered, wrapped and aligned to the top like the paper sheet.</summary>
    private static Stylesheet Styles()
    {
        static Border Thin() => new(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        static CellFormat Format(uint font, uint border) => new(new Alignment { WrapText = border == 1, Vertical = VerticalAlignmentValues.Top })
        {
            FontId = font, BorderId = border, FillId = 0, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true,
        };

        return new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 10 }), new Font(new Bold(), new FontSize { Val = 10 }), new Font(new Bold(), new FontSize { Val = 14 })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(), Thin()),
            new CellFormats(new CellFormat(), Format(2, 0), Format(1, 1), Format(0, 1), Format(1, 1)));
    }

    /// <summary>The sheet as rows of cells: text, whole numbers and exact points; the score cells empty.</summary>
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
            yield return [row.Task, row.Stage, row.Number, row.Text, row.Points, null, null, null, null, row.Id, row.HowToFill.Length == 0 ? null : row.HowToFill];
        }
    }

    private static bool IsScoreColumn(int column) => column is SheetLayout.SelfScoreColumn or SheetLayout.AssessorScoreColumn;

    private static string? Formula(ScoringSheet sheet, int index, int column)
    {
        var row = sheet.Rows[index];
        if (row.Item is { } item)
        {
            return ScoreFormulas.Item(item, SheetLayout.Letter(column - 1) + ExcelRow(index));
        }

        return ScoreFormulas.Total(row.Summed.Select(summed => SheetLayout.Letter(column) + ExcelRow(summed)), sheet.Decimals);
    }

    /// <summary>The spreadsheet's row number of a sheet row.</summary>
    public static string ExcelRow(int index) => (index + RowsAboveItems + 1).ToString(CultureInfo.InvariantCulture);

    private static void Fill(ScoringSheet sheet, List<object?[]> grid, Assessment filled)
    {
        grid[1][1] = filled.UnitName;
        grid[2][1] = filled.UnitId;
        grid[3][1] = filled.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        grid[4][1] = filled.AssessedBy;
        foreach (var (side, observedColumn) in new[] { (ScoreSide.Self, SheetLayout.SelfObservedColumn), (ScoreSide.Assessor, SheetLayout.AssessorObservedColumn) })
        {
            var column = filled.Column(side);
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                if (sheet.Rows[i].Item is not { } item || column is null || !column.TryGetValue(item.Id, out var observation))
                {
                    continue;
                }

                var cells = grid[i + RowsAboveItems];
                var observed = observation.Score is null ? observation : observation.Observed;
                cells[observedColumn] = observed is null ? null : ObservationCells.Format(item, observed);
                cells[observedColumn + 1] = observation.Score;
            }
        }
    }

    private static Cell? ToCell(string reference, object? value, string? formula)
    {
        if (formula is not null)
        {
            return new Cell { CellReference = reference, CellFormula = new CellFormula(formula) };
        }

        return value switch
        {
            null => null,
            decimal d => Number(reference, PointsFormat.Format(d)),
            int i => Number(reference, i.ToString(CultureInfo.InvariantCulture)),
            _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
        };
    }

    private static Cell Number(string reference, string text) => new() { CellReference = reference, CellValue = new CellValue(text), DataType = CellValues.Number };

    private static object?[] Padded(params object?[] cells)
    {
        var row = new object?[SheetLayout.ColumnCount];
        cells.CopyTo(row, 0);
        return row;
    }
}
