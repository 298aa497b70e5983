using System.Globalization;

namespace Rubric.Engine.Sheets;

/// <summary>
/// Where things are in the sheet: diagnostics carry the file, the row as their line and the column,
/// and begin with the cell's reference as a spreadsheet names it (评分表!D7), so that an author
/// finds the cell whichever program shows the sheet. It also remembers which row each part of the
/// written rubric came from, so that the loader's diagnostics (RUB1301 totals, RUB1202 a loss
/// above the points) point at the sheet rather than at JSON the author never wrote.
/// </summary>
internal sealed class SheetLocations
{
    private readonly string? _file;
    private readonly string? _sheetName;
    private readonly Dictionary<string, (int Row, int Column)> _parts = new(StringComparer.Ordinal);

    public SheetLocations(string? file, string? sheetName)
    {
        _file = file;
        _sheetName = sheetName;
    }

    public void Add(string pointer, int row, int column) => _parts[pointer] = (row, column);

    public Schema.Diagnostic Error(string code, int row, int column, string message, string pointer = "") =>
        Create(Schema.DiagnosticSeverity.Error, code, row, column, message, pointer);

    public Schema.Diagnostic Warning(string code, int row, int column, string message, string pointer = "") =>
        Create(Schema.DiagnosticSeverity.Warning, code, row, column, message, pointer);

    public Schema.Diagnostic FileError(string code, string message) =>
        new(Schema.DiagnosticSeverity.Error, code, message, _file, 0, 0, string.Empty);

    /// <summary>A diagnostic of the written rubric, moved to the row its JSON Pointer came from.</summary>
    public Schema.Diagnostic Relocate(Schema.Diagnostic diagnostic)
    {
        for (var pointer = diagnostic.JsonPointer; pointer.Length > 0; pointer = pointer[..Math.Max(pointer.LastIndexOf('/'), 0)])
        {
            if (_parts.TryGetValue(pointer, out var at))
            {
                return Create(diagnostic.Severity, diagnostic.Code, at.Row, at.Column, diagnostic.Message, diagnostic.JsonPointer);
            }
        }

        return new(diagnostic.Severity, diagnostic.Code, diagnostic.Message, _file, 0, 0, diagnostic.JsonPointer);
    }

    private Schema.Diagnostic Create(Schema.DiagnosticSeverity severity, string code, int row, int column, string message, string pointer)
    {
        var cell = Letters(column) + (row + 1).ToString(CultureInfo.InvariantCulture);
        var reference = _sheetName is null ? cell : _sheetName + "!" + cell;
        return new(severity, code, reference + ": " + message, _file, row + 1, column + 1, pointer);
    }

    /// <summary>A 0-based column as spreadsheets name it: 0 is A, 26 is AA.</summary>
    internal static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
