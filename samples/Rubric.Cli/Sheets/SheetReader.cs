using MiniExcelLibs;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Sheets;

/// <summary>
/// Reads a filled sheet (xlsx, or the CSV template) into rows of trimmed text cells. Spreadsheet
/// numbers arrive as binary floating point; they are turned into their shortest round-trip text
/// at once and only ever parsed as decimals after that.
/// </summary>
internal static class SheetReader
{
    /// <summary>The largest sheet read: a filled scoring sheet is a few hundred kilobytes.</summary>
    private static readonly LoaderOptions Limits = new() { MaxFileBytes = 16 * 1024 * 1024 };

    /// <summary>Reads the sheet; a file that is not a workbook (or not readable) is a <see cref="UserDataException"/>.</summary>
    public static IReadOnlyList<string?[]> Read(string path)
    {
        // Bounded and non-blocking like every other input: a FIFO, a device or a huge file is an error, not a hang.
        if (!DocumentFiles.TryRead(path, Limits, out var bytes, out var problem))
        {
            throw new UserDataException(problem.ToString());
        }

        var type = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ExcelType.CSV : ExcelType.XLSX;
        try
        {
            return Rows(new MemoryStream(bytes.ToArray(), writable: false), type);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or System.Xml.XmlException or InvalidCastException or IndexOutOfRangeException or KeyNotFoundException or NullReferenceException)
        {
            // MiniExcel throws whatever its zip and XML readers throw on a file that is not a workbook.
            var what = type == ExcelType.CSV ? "a CSV sheet" : "an xlsx workbook";
            throw new UserDataException($"{path}: not {what} that can be read ({exception.Message}). Fill in the sheet from 'rubric template' and save it as xlsx or CSV.");
        }
    }

    private static List<string?[]> Rows(Stream stream, ExcelType type)
    {
        using var owned = stream;
        var rows = new List<string?[]>();
        foreach (var row in owned.Query(useHeaderRow: false, excelType: type).Cast<IDictionary<string, object?>>())
        {
            var cells = new string?[SheetLayout.ColumnCount];
            for (var c = 0; c < SheetLayout.ColumnCount; c++)
            {
                cells[c] = row.TryGetValue(SheetLayout.Letter(c), out var value) ? Cell(value) : null;
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>One reading of spreadsheet cells for the whole tool: the one import-rubric uses.</summary>
    public static string? Cell(object? value) => Engine.Sheets.CellText.From(value);
}
