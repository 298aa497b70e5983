using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rubric.Engine.Sheets;

/// <summary>
/// Reads a Word document with the Open XML SDK: the paragraphs above its first table (the title
/// and the header fields) as one-cell rows, then the table's rows. A cell spanning several grid
/// columns keeps its text in the first of them; a cell continuing a vertical merge is empty, which
/// the sheet reads as "the same as above", exactly like a merged cell in Excel.
/// </summary>
internal static class DocxGrid
{
    public static SheetGrid Read(ReadOnlyMemory<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        var rows = new List<string?[]>();
        if (body is null)
        {
            return new SheetGrid(null, rows);
        }

        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph paragraph)
            {
                if (CellText.Clean(paragraph.InnerText) is { } text)
                {
                    rows.Add([text]);
                }
            }
            else if (element is Table table)
            {
                foreach (var row in table.Elements<TableRow>())
                {
                    rows.Add(Cells(row));
                }

                break;
            }
        }

        return new SheetGrid(null, rows);
    }

    private static string?[] Cells(TableRow row)
    {
        var cells = new List<string?>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continuesMerge = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            cells.Add(continuesMerge ? null : CellText.Clean(string.Join('\n', cell.Elements<Paragraph>().Select(static p => p.InnerText))));
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            for (var extra = 1; extra < span; extra++)
            {
                cells.Add(null);
            }
        }

        return [.. cells];
    }
}
