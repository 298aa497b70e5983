using MiniExcelLibs;

namespace Rubric.Engine.Sheets;

/// <summary>Reads the first worksheet of an xlsx workbook, or a CSV file, with MiniExcel.</summary>
internal static class SpreadsheetGrid
{
    public static SheetGrid Read(ReadOnlyMemory<byte> bytes, SheetFormat format)
    {
        var type = format == SheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX;
        string? sheetName = null;
        if (type == ExcelType.XLSX)
        {
            using var names = Open(bytes);
            sheetName = names.GetSheetNames().FirstOrDefault();
        }

        using var stream = Open(bytes);
        var rows = new List<string?[]>();
        foreach (var row in stream.Query(useHeaderRow: false, sheetName: sheetName, excelType: type).Cast<IDictionary<string, object?>>())
        {
            // MiniExcel keys cells by column letter (A, B, ... AA); a row holds every column of the sheet's range.
            var cells = new string?[row.Count];
            foreach (var (letter, value) in row)
            {
                var column = Column(letter);
                if (column >= 0 && column < cells.Length)
                {
                    cells[column] = CellText.From(value);
                }
            }

            rows.Add(cells);
        }

        return new SheetGrid(sheetName, rows);
    }

    private static MemoryStream Open(ReadOnlyMemory<byte> bytes) => new(bytes.ToArray(), writable: false);

    /// <summary>The 0-based index of a column letter: A is 0, Z is 25, AA is 26.</summary>
    internal static int Column(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z')
            {
                return -1;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
