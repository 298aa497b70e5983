using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Rubric.Engine.Sheets.Tests.Support;

/// <summary>
/// Sheet files made in the tests: a Word document as an author types it (title paragraphs, then
/// a table whose task and stage cells are vertically merged), an xlsx workbook and a CSV file.
/// A null cell in a merged column continues the merge of the cell above.
/// </summary>
internal static class SheetFiles
{
    public static byte[] Docx(IReadOnlyList<string> paragraphs, IReadOnlyList<string?[]> table, params int[] mergedColumns)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var text in paragraphs)
            {
                body.Append(Paragraph(text));
            }

            var grid = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })));
            for (var r = 0; r < table.Count; r++)
            {
                var row = new TableRow();
                for (var c = 0; c < table[r].Length; c++)
                {
                    var cell = new TableCell();
                    var merged = mergedColumns.Contains(c);
                    var continues = merged && table[r][c] is null && r > 0;
                    var opens = merged && !continues && r + 1 < table.Count && table[r + 1][c] is null;
                    if (continues || opens)
                    {
                        cell.Append(new TableCellProperties(new VerticalMerge { Val = opens ? MergedCellValues.Restart : null }));
                    }

                    // A long item wraps into two paragraphs in Word; the reader joins them again.
                    foreach (var line in (table[r][c] ?? string.Empty).Split('\n'))
                    {
                        cell.Append(Paragraph(line));
                    }

                    row.Append(cell);
                }

                grid.Append(row);
            }

            body.Append(grid);
            body.Append(Paragraph("说明：本表由考核组填写。"));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<string?[]> rows, string sheetName = "评分细则")
    {
        var width = rows.Max(static r => r.Length);
        var data = rows.Select(cells =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < width; c++)
            {
                var text = c < cells.Length ? cells[c] : null;

                // Points are numbers in a workbook, as an author types them.
                row[((char)('A' + c)).ToString()] = decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : text;
            }

            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(data, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<string?[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(static c => c is null ? string.Empty : "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
