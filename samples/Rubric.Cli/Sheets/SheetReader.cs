using System.Globalization;
using MiniExcelLibs;

namespace Rubric.Cli.Sheets;

/// <summary>
/// Reads a filled sheet (xlsx, or the CSV template) into rows of trimmed text cells. Spreadsheet
/// numbers arrive as binary floating point; they are turned into their shortest round-trip text
/// at once and only ever parsed as decimals after that.
/// </summary>
internal static class SheetReader
{
    public static IReadOnlyList<string?[]> Read(string path)
    {
        var type = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ExcelType.CSV : ExcelType.XLSX;
        using var stream = File.OpenRead(path);
        var rows = new List<string?[]>();
        foreach (var row in stream.Query(useHeaderRow: false, excelType: type).Cast<IDictionary<string, object?>>())
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

    public static string? Cell(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
