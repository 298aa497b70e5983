namespace Rubric.Engine.Sheets;

/// <summary>
/// A sheet as rows of trimmed text cells (null for an empty cell), whatever it was read from.
/// A Word document's paragraphs above its table arrive as one-cell rows, so the title is found
/// the same way in every format.
/// </summary>
internal sealed class SheetGrid
{
    public SheetGrid(string? sheetName, IReadOnlyList<string?[]> rows)
    {
        SheetName = sheetName;
        Rows = rows;
    }

    /// <summary>The worksheet's name (xlsx), reported with every location; null for Word and CSV.</summary>
    public string? SheetName { get; }

    public IReadOnlyList<string?[]> Rows { get; }

    public string? Cell(int row, int column) =>
        column >= 0 && column < Rows[row].Length ? Rows[row][column] : null;
}
