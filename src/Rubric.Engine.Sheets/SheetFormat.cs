namespace Rubric.Engine.Sheets;

/// <summary>The file formats a scoring sheet is read from.</summary>
public enum SheetFormat
{
    /// <summary>An Excel workbook (<c>.xlsx</c>): its first worksheet.</summary>
    Xlsx = 0,

    /// <summary>A Word document (<c>.docx</c>): its first table, and the paragraphs above it for the title.</summary>
    Docx = 1,

    /// <summary>Comma-separated values (<c>.csv</c>), UTF-8.</summary>
    Csv = 2,
}
