using System.Globalization;
using System.Text.RegularExpressions;
using Rubric.Cli.Commands;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Sheets;

/// <summary>
/// Turns the rows of a filled scoring sheet back into an <see cref="Assessment"/>: the header
/// fields give the unit and date, each item row's 自查分 and 考核分 cells give the observations
/// (see <see cref="ObservationCells"/>). Rows are matched to items by the 编号 id column, or by
/// position when it is empty. Every unreadable cell is reported with its row and column.
/// </summary>
internal static partial class SheetImporter
{
    public static ImportResult Import(RubricDefinition rubric, IReadOnlyList<string?[]> rows, string file, string? unitIdOverride = null, AssessmentRound? roundOverride = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(rows);
        var diagnostics = new List<Diagnostic>();
        var fields = new Dictionary<string, (string? Value, int Row)>(StringComparer.Ordinal);
        var header = -1;
        for (var r = 0; r < rows.Count && header < 0; r++)
        {
            var label = rows[r][0];
            if (label is null)
            {
                continue;
            }

            if (label.StartsWith("工作任务", StringComparison.Ordinal))
            {
                header = r;
            }

            foreach (var field in SheetLayout.Fields)
            {
                if (label.StartsWith(field.Split(' ')[0], StringComparison.Ordinal))
                {
                    fields[field] = (rows[r][1], r);
                }
            }
        }

        if (header < 0)
        {
            diagnostics.Add(SheetError(file, 0, 0, "No item table: expected a header row starting with 工作任务 (task), as rubric template writes it."));
            return new ImportResult(null, diagnostics);
        }

        var self = new List<Observation>();
        var assessor = new List<Observation>();
        var position = 0;
        for (var r = header + 1; r < rows.Count; r++)
        {
            var cells = rows[r];
            if (cells.All(static c => c is null))
            {
                continue;
            }

            Item? item;
            if (cells[SheetLayout.IdColumn] is { } id)
            {
                if (!rubric.TryGetItem(id, out item))
                {
                    diagnostics.Add(CellError(file, r + 1, SheetLayout.IdColumn + 1, $"'{id}' is not an item of rubric '{rubric.Id}'."));
                    continue;
                }
            }
            else if (position < rubric.Items.Count)
            {
                item = rubric.Items[position];
            }
            else
            {
                diagnostics.Add(CellError(file, r + 1, 1, $"The sheet has more item rows than the rubric's {rubric.Items.Count} items."));
                continue;
            }

            position++;
            Read(item, cells, SheetLayout.SelfColumn, self, file, r, diagnostics);
            Read(item, cells, SheetLayout.AssessorColumn, assessor, file, r, diagnostics);
        }

        var unitId = unitIdOverride ?? Field(fields, SheetLayout.UnitId);
        if (string.IsNullOrWhiteSpace(unitId))
        {
            diagnostics.Add(SheetError(file, Row(fields, SheetLayout.UnitId), 2, "单位编号 (unit id) is empty; fill it in, or pass --unit-id."));
        }
        else if (!IdPattern().IsMatch(unitId))
        {
            diagnostics.Add(SheetError(file, Row(fields, SheetLayout.UnitId), 2, $"'{unitId}' is not a valid unit id; expected letters, digits, '.', '_' or '-'."));
        }

        DateOnly? date = null;
        if (Field(fields, SheetLayout.Date) is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                diagnostics.Add(CellError(file, Row(fields, SheetLayout.Date), 2, $"'{dateText}' is not a date; write it as 2011-12-15."));
            }
        }

        if (self.Count == 0 && assessor.Count == 0 && !diagnostics.Any(static d => d.IsError))
        {
            diagnostics.Add(SheetError(file, header + 1, SheetLayout.SelfColumn + 1, "Neither the 自查分 (self) nor the 考核分 (assessor) column holds anything."));
        }

        if (diagnostics.Any(static d => d.IsError))
        {
            return new ImportResult(null, diagnostics);
        }

        var round = roundOverride ?? (assessor.Count == 0 ? AssessmentRound.SelfAssessment : AssessmentRound.Annual);
        var assessment = new Assessment(unitId!, round, self.Count == 0 ? null : self, assessor.Count == 0 ? null : assessor)
        {
            UnitName = Field(fields, SheetLayout.UnitName),
            RubricId = rubric.Id,
            Date = date,
            AssessedBy = Field(fields, SheetLayout.Team),
        };
        return new ImportResult(assessment, diagnostics);
    }

    private static void Read(Item item, string?[] cells, int column, List<Observation> into, string file, int row, List<Diagnostic> diagnostics)
    {
        if (cells[column] is not { } text)
        {
            return;
        }

        if (ObservationCells.TryParse(item, text, out var observation, out var error))
        {
            into.Add(observation!);
        }
        else
        {
            var side = column == SheetLayout.SelfColumn ? "自查分 self" : "考核分 assessor";
            diagnostics.Add(CellError(file, row + 1, column + 1, $"item {item.Id} ({side}): {error}"));
        }
    }

    private static string? Field(Dictionary<string, (string? Value, int Row)> fields, string name) =>
        fields.TryGetValue(name, out var field) ? field.Value : null;

    private static int Row(Dictionary<string, (string? Value, int Row)> fields, string name) =>
        fields.TryGetValue(name, out var field) ? field.Row + 1 : 0;

    private static Diagnostic CellError(string file, int line, int column, string message) =>
        new(DiagnosticSeverity.Error, HostDiagnosticCodes.BadCell, message, file, line, column, string.Empty);

    private static Diagnostic SheetError(string file, int line, int column, string message) =>
        new(DiagnosticSeverity.Error, HostDiagnosticCodes.BadSheet, message, file, line, column, string.Empty);

    // The schemas' id pattern; \z, not $, which would also match before a final line feed.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
