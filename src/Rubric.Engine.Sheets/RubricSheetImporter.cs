using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rubric.Engine.Schema;

namespace Rubric.Engine.Sheets;

/// <summary>
/// Reads a scoring sheet (评分细则) as its author wrote it — a Word table, an Excel sheet or CSV
/// with the columns 工作任务, 阶段, 序号, 考核内容, 分值 — into a rubric. Each item's rule is
/// recognised from the bracketed clause of its text ((查看材料,未完成每人次扣0.5分,没做的扣2分)
/// is a per-unit rule of 0.5 a person-time, capped at the item's points, none done losing all);
/// a clause recognised with no certainty is never guessed: the item is written as judged, named
/// in <see cref="RubricSheetImport.ItemsToReview"/> and in the rubric's <c>incomplete</c> note, and
/// reported as a warning at its row. The rubric written is then validated by
/// <see cref="RubricLoader"/>, whose diagnostics are reported at the sheet's rows too.
/// Never throws for bad user data. Immutable and thread-safe.
/// </summary>
public sealed partial class RubricSheetImporter
{
    /// <summary>A filled sheet is a few hundred kilobytes; the limit only stops a wrong file early.</summary>
    private static readonly LoaderOptions FileLimits = new() { MaxFileBytes = 16 * 1024 * 1024 };

    /// <summary>Creates an importer.</summary>
    /// <param name="options">How to import; default <see cref="RubricSheetImportOptions.Default"/>.</param>
    public RubricSheetImporter(RubricSheetImportOptions? options = null)
    {
        Options = options ?? RubricSheetImportOptions.Default;
    }

    /// <summary>The options.</summary>
    public RubricSheetImportOptions Options { get; }

    /// <summary>The sheet format a file name stands for (<c>.xlsx</c>, <c>.docx</c>, <c>.csv</c>), or null.</summary>
    /// <param name="path">The file name.</param>
    /// <returns>The format, or null for any other extension.</returns>
    public static SheetFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".XLSX" => SheetFormat.Xlsx,
            ".DOCX" => SheetFormat.Docx,
            ".CSV" => SheetFormat.Csv,
            _ => null,
        };
    }

    /// <summary>Reads a sheet file; its format comes from its extension (<see cref="FormatOf"/>).</summary>
    /// <param name="path">The sheet.</param>
    /// <returns>The rubric, or the diagnostics.</returns>
    public RubricSheetImport Import(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var locations = new SheetLocations(path, null);
        if (FormatOf(path) is not { } format)
        {
            return Failed(locations.FileError(SheetDiagnosticCodes.Unreadable, $"'{Path.GetExtension(path)}' is not a sheet format that can be read; save the sheet as .docx, .xlsx or .csv."));
        }

        return DocumentFiles.TryRead(path, FileLimits, out var bytes, out var problem)
            ? Import(bytes, format, path)
            : Failed(problem);
    }

    /// <summary>Reads a sheet from its bytes.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="format">What the bytes are.</param>
    /// <param name="file">The file name, reported in diagnostics and used for the rubric's id when <see cref="RubricSheetImportOptions.RubricId"/> is not set.</param>
    /// <returns>The rubric, or the diagnostics.</returns>
    public RubricSheetImport Import(ReadOnlyMemory<byte> content, SheetFormat format, string? file = null)
    {
        var grid = ReadGrid(content, format, file, out var unreadable);
        if (grid is null)
        {
            return Failed(unreadable!);
        }

        var locations = new SheetLocations(file, grid.SheetName);
        if (SheetColumns.Find(grid) is not { } columns)
        {
            return Failed(locations.FileError(SheetDiagnosticCodes.NoItemTable, "No item table: expected a header row naming the columns 工作任务 (task), 阶段 (stage), 考核内容 (item) and 分值 (points), and optionally 序号 (no.), as rubric template writes it."));
        }

        var diagnostics = new List<Diagnostic>();
        var draft = SheetTable.Read(grid, columns, locations, diagnostics);
        if (draft.Tasks.Count == 0 && !diagnostics.Any(static d => d.IsError))
        {
            diagnostics.Add(locations.Error(SheetDiagnosticCodes.NoItemTable, columns.HeaderRow, columns.Text, "The header row is followed by no item."));
        }

        if (draft.Title.Length == 0)
        {
            draft.Title = file is null ? "评分细则" : Path.GetFileNameWithoutExtension(file);
        }

        var review = draft.Tasks.SelectMany(static t => t.Stages).SelectMany(static s => s.Items).Where(static i => i.Reading.NeedsReview).ToList();
        if (Options.Strict)
        {
            diagnostics = [.. diagnostics.Select(static d => d.AsError())];
        }

        if (diagnostics.Any(static d => d.IsError))
        {
            return new RubricSheetImport(null, null, diagnostics, [.. review.Select(static i => i.Id)]);
        }

        var json = RubricJsonWriter.Write(draft, Options.RubricId ?? IdFrom(file), Incomplete(review));
        var loaded = new RubricLoader(new LoaderOptions { Strict = Options.Strict }).ParseRubric(Encoding.UTF8.GetBytes(json), file);

        // The review note is this importer's own marker, already reported item by item above.
        diagnostics.AddRange(loaded.Diagnostics.Where(static d => d.Code != DiagnosticCodes.IncompleteRubric).Select(locations.Relocate));
        return new RubricSheetImport(loaded.Value, json, [.. diagnostics.OrderBy(static d => d.Line)], [.. review.Select(static i => i.Id)]);
    }

    private static SheetGrid? ReadGrid(ReadOnlyMemory<byte> content, SheetFormat format, string? file, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            return format == SheetFormat.Docx ? DocxGrid.Read(content) : SpreadsheetGrid.Read(content, format);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or InvalidOperationException or ArgumentException or FormatException
            or NotSupportedException or System.Xml.XmlException or InvalidCastException or IndexOutOfRangeException or KeyNotFoundException
            or NullReferenceException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            // The zip and XML readers under MiniExcel and the Open XML SDK throw whatever they meet in a file that is not what its name says.
            var what = format switch { SheetFormat.Docx => "a Word document (.docx)", SheetFormat.Csv => "a CSV file", _ => "an Excel workbook (.xlsx)" };
            problem = new Diagnostic(DiagnosticSeverity.Error, SheetDiagnosticCodes.Unreadable, $"The file is not {what} that can be read ({exception.Message}).", file, 0, 0, string.Empty);
            return null;
        }
    }

    private static string? Incomplete(List<ItemDraft> review) =>
        review.Count == 0
            ? null
            : "Imported from a scoring sheet: the rule of " + string.Join(", ", review.Select(static i => string.Create(CultureInfo.InvariantCulture, $"{i.Id} (row {i.Row + 1})")))
              + (review.Count == 1 ? " was not recognised with certainty, so it is written as judged. Review it, write its rule" : " were not recognised with certainty, so they are written as judged. Review them, write their rules") + ", then remove this note.";

    /// <summary>The rubric's id from the file name: its letters, digits, '.', '_' and '-', or <c>imported-rubric</c>.</summary>
    private static string IdFrom(string? file)
    {
        var name = file is null ? string.Empty : Path.GetFileNameWithoutExtension(file);
        if (name.EndsWith(".rubric", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^".rubric".Length];
        }

        var id = NotIdCharacters().Replace(name, "-").Trim('-', '.', '_');
        return id.Length == 0 ? "imported-rubric" : id;
    }

    private static RubricSheetImport Failed(Diagnostic problem) => new(null, null, [problem], []);

    [GeneratedRegex("[^A-Za-z0-9._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();
}
