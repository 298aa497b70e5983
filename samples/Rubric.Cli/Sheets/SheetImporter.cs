using System.Globalization;
using System.Text.RegularExpressions;
using Rubric.Cli.Commands;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Sheets;

/// <summary>
/// Turns the rows of a filled scoring sheet back into an <see cref="Assessment"/>: the header
/// fields give the unit and date; on each side of an item row, the observation cell (自查情况,
/// 考核情况; see <see cref="ObservationCells"/>) and the score cell (自查分, 考核分) give an
/// observation, a score typed directly, or both, which must agree. A sheet of the earlier layout
/// is read with a warning saying its cells are observations. Rows are matched to items by the
/// 编号 id column, or by position when it is empty; total rows are skipped. Every cell that cannot
/// be read, and every score the item's rule cannot give, is reported with its row and column.
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

        var earlier = !(rows[header][SheetLayout.SelfObservedColumn] ?? string.Empty).StartsWith(SheetLayout.SelfObservedHeader.Split(' ')[0], StringComparison.Ordinal);
        var layout = earlier ? EarlierLayout : CurrentLayout;
        if (earlier)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                HostDiagnosticCodes.EarlierSheetLayout,
                "This sheet has the earlier layout, one cell per side headed 自查分 and 考核分: those cells are read as what was observed (是/否, the count missing or achieved, the level, the points awarded of a judged item), as its 填写说明 column says, never as scores. To type scores, print a new sheet with 'rubric template'.",
                file,
                header + 1,
                SheetLayout.Legacy.SelfColumn + 1,
                string.Empty));
        }

        var self = new List<Observation>();
        var assessor = new List<Observation>();
        var cells = new Dictionary<(ScoreSide, string), (int Row, Side Side)>();
        var position = 0;
        for (var r = header + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(static c => c is null) || (!earlier && SheetLayout.TotalLabels.Contains(row[SheetLayout.TextColumn], StringComparer.Ordinal)))
            {
                continue;
            }

            Item? item;
            if (row[layout.IdColumn] is { } id)
            {
                if (!rubric.TryGetItem(id, out item))
                {
                    diagnostics.Add(CellError(file, r + 1, layout.IdColumn + 1, $"'{id}' is not an item of rubric '{rubric.Id}'."));
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
            foreach (var side in layout.Sides)
            {
                if (Read(item, row, side, file, r, diagnostics) is { } observation)
                {
                    if (cells.TryGetValue((side.Which, item.Id), out var earlierRow))
                    {
                        diagnostics.Add(CellError(file, r + 1, layout.IdColumn + 1, $"item {item.Id} ({side.Name}) is filled on row {earlierRow.Row + 1} already."));
                        continue;
                    }

                    (side.Which == ScoreSide.Self ? self : assessor).Add(observation);
                    cells[(side.Which, item.Id)] = (r, side);
                }
            }
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
            diagnostics.Add(SheetError(file, header + 1, layout.Sides[0].ObservedColumn + 1, "Neither the self (自查) nor the assessor (考核) columns hold anything."));
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
        var before = diagnostics.Count;
        Check(rubric, assessment, cells, file, diagnostics);
        return new ImportResult(diagnostics.Count == before ? assessment : null, diagnostics);
    }

    /// <summary>One side's columns: what was observed and, in the current layout, the score.</summary>
    private sealed record Side(ScoreSide Which, string Name, int ObservedColumn, int? ScoreColumn);

    private sealed record Layout(int IdColumn, Side[] Sides);

    private static readonly Layout CurrentLayout = new(SheetLayout.IdColumn, [
        new(ScoreSide.Self, "自查 self", SheetLayout.SelfObservedColumn, SheetLayout.SelfScoreColumn),
        new(ScoreSide.Assessor, "考核 assessor", SheetLayout.AssessorObservedColumn, SheetLayout.AssessorScoreColumn),
    ]);

    private static readonly Layout EarlierLayout = new(SheetLayout.Legacy.IdColumn, [
        new(ScoreSide.Self, "自查分 self", SheetLayout.Legacy.SelfColumn, null),
        new(ScoreSide.Assessor, "考核分 assessor", SheetLayout.Legacy.AssessorColumn, null),
    ]);

    /// <summary>
    /// One side of an item row: the observation, the score typed (as <see cref="Observation.Scored"/>,
    /// which scoring checks), both, or nothing. A cell that cannot be read is reported where it is.
    /// </summary>
    private static Observation? Read(Item item, string?[] row, Side side, string file, int r, List<Diagnostic> diagnostics)
    {
        Observation? observed = null;
        if (row[side.ObservedColumn] is { } text)
        {
            if (!ObservationCells.TryParse(item, text, out observed, out var error))
            {
                diagnostics.Add(CellError(file, r + 1, side.ObservedColumn + 1, $"item {item.Id} ({side.Name}): {error}"));
                return null;
            }
        }

        if (side.ScoreColumn is not { } scoreColumn || row[scoreColumn] is not { } scoreText)
        {
            return observed;
        }

        if (!decimal.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
        {
            var why = scoreText.StartsWith('#') && observed is not null
                ? $"the score cell shows {scoreText}: its formula cannot score the observation '{row[side.ObservedColumn]}'."
                : $"'{scoreText}' is not a score; write the item's score, 0 to {PointsFormat.Format(item.Points)}.";
            diagnostics.Add(CellError(file, r + 1, scoreColumn + 1, $"item {item.Id} ({side.Name}): {why}"));
            return null;
        }

        return Observation.Scored(item.Id, score, observed);
    }

    /// <summary>
    /// Scores what was read, so that a score the rule cannot give, or one that disagrees with the
    /// observation beside it, is reported at its cell now rather than when the file is scored.
    /// </summary>
    private static void Check(RubricDefinition rubric, Assessment assessment, Dictionary<(ScoreSide, string), (int Row, Side Side)> cells, string file, List<Diagnostic> diagnostics)
    {
        var result = ScoringEngine.Default.Score(rubric, assessment);
        foreach (var error in result.Errors)
        {
            if (error is not { ItemId: { } itemId, Side: { } which } || !cells.TryGetValue((which, itemId), out var at))
            {
                continue;
            }

            var column = error.Key == ObservationKeys.Score && at.Side.ScoreColumn is { } scoreColumn ? scoreColumn : at.Side.ObservedColumn;
            diagnostics.Add(CellError(file, at.Row + 1, column + 1, $"item {itemId} ({at.Side.Name}): {error.Message}"));
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
