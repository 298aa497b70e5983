using System.Globalization;
using System.Text.RegularExpressions;

namespace Rubric.Engine.Sheets;

/// <summary>
/// Reads the item table of a sheet into tasks, stages and items. A task or stage cell states its
/// points (三项活动（25分）); a blank one, or one repeating the cell above, continues the task or
/// stage above (a merged cell). Ids follow the seed's pattern: <c>t1</c>, <c>t1.prep</c>,
/// <c>t1.7</c>. A row of 合计 (total) gives the rubric's points. Every unreadable cell is an error at
/// its row and column; every clause not recognised with certainty a warning at the item's text.
/// </summary>
internal sealed partial class SheetTable
{
    private static readonly string[] FieldLabels = ["单位名称", "单位编号", "考核时间", "考核组", "教管中心考核组", "考核单位"];

    private readonly SheetGrid _grid;
    private readonly SheetColumns _columns;
    private readonly SheetLocations _locations;
    private readonly List<Schema.Diagnostic> _diagnostics;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly RubricDraft _rubric = new();
    private string? _taskCell;
    private string? _stageCell;

    private SheetTable(SheetGrid grid, SheetColumns columns, SheetLocations locations, List<Schema.Diagnostic> diagnostics)
    {
        _grid = grid;
        _columns = columns;
        _locations = locations;
        _diagnostics = diagnostics;
    }

    public static RubricDraft Read(SheetGrid grid, SheetColumns columns, SheetLocations locations, List<Schema.Diagnostic> diagnostics)
    {
        var table = new SheetTable(grid, columns, locations, diagnostics);
        table._rubric.Title = Title(grid, columns.HeaderRow) ?? string.Empty;
        locations.Add("/points", columns.HeaderRow, columns.Points);
        for (var r = columns.HeaderRow + 1; r < grid.Rows.Count; r++)
        {
            table.ReadRow(r);
        }

        return table._rubric;
    }

    /// <summary>The first line above the table that holds one cell and is not a header field (单位名称 ...).</summary>
    private static string? Title(SheetGrid grid, int headerRow)
    {
        for (var r = 0; r < headerRow; r++)
        {
            var cells = grid.Rows[r].Where(static c => c is not null).ToList();
            if (cells.Count == 1 && !FieldLabels.Any(label => cells[0]!.StartsWith(label, StringComparison.Ordinal)) && !Attachment().IsMatch(cells[0]!))
            {
                return cells[0];
            }
        }

        return null;
    }

    private void ReadRow(int r)
    {
        var taskCell = _grid.Cell(r, _columns.Task);
        var stageCell = _grid.Cell(r, _columns.Stage);
        var numberCell = _grid.Cell(r, _columns.Number);
        var text = _grid.Cell(r, _columns.Text);
        var pointsCell = _grid.Cell(r, _columns.Points);
        if (taskCell is null && stageCell is null && numberCell is null && text is null && pointsCell is null)
        {
            return;
        }

        if (taskCell is not null && Total().IsMatch(taskCell))
        {
            if ((pointsCell ?? Heading().Match(taskCell).Groups["p"].Value) is { Length: > 0 } total && TryPoints(total, out var points))
            {
                _rubric.Total = points;
                _locations.Add("/points", r, _columns.Points);
            }
            else
            {
                Error(r, _columns.Points, $"The total row '{taskCell}' gives no points; write them in the 分值 column.");
            }

            return;
        }

        // The blank sheet's own total rows (阶段小计, 任务合计, 总分) repeat what the headings state:
        // the sheet's total gives the rubric's points, the stages' and tasks' are passed over.
        if (numberCell is null && text is not null && (Subtotal().IsMatch(text) || Total().IsMatch(text)))
        {
            if (!Subtotal().IsMatch(text) && pointsCell is not null && TryPoints(pointsCell, out var sheetPoints))
            {
                _rubric.Total = sheetPoints;
                _locations.Add("/points", r, _columns.Points);
            }

            return;
        }

        if (taskCell is not null && taskCell != _taskCell && !OpenTask(r, taskCell))
        {
            return;
        }

        if (stageCell is not null && (stageCell != _stageCell || _rubric.Tasks[^1].Stages.Count == 0) && !OpenStage(r, stageCell))
        {
            return;
        }

        if (text is null)
        {
            if (numberCell is not null || pointsCell is not null)
            {
                Error(r, _columns.Text, "The row has a number or points but no item text (考核内容).");
            }

            return;
        }

        if (_rubric.Tasks.Count == 0 || _rubric.Tasks[^1].Stages.Count == 0)
        {
            Error(r, _rubric.Tasks.Count == 0 ? _columns.Task : _columns.Stage, $"The item '{text}' comes before any {(_rubric.Tasks.Count == 0 ? "task (工作任务)" : "stage (阶段)")}; fill in the cell with its name and points, as 准备阶段（5分）.");
            return;
        }

        ReadItem(r, numberCell, text, pointsCell);
    }

    private bool OpenTask(int r, string cell)
    {
        var heading = Heading().Match(cell);
        if (!heading.Groups["p"].Success || !TryPoints(heading.Groups["p"].Value, out var points))
        {
            Error(r, _columns.Task, $"The task '{cell}' does not state its points; write them after its name, as 三项活动（25分）.");
            _taskCell = null;
            return false;
        }

        var number = HeadingNumber(heading) ?? _rubric.Tasks.Count + 1;
        var id = Unique("t" + number.ToString(CultureInfo.InvariantCulture), "t" + (_rubric.Tasks.Count + 1).ToString(CultureInfo.InvariantCulture));
        _locations.Add(string.Create(CultureInfo.InvariantCulture, $"/tasks/{_rubric.Tasks.Count}"), r, _columns.Task);
        _rubric.Tasks.Add(new TaskDraft(id, number, heading.Groups["text"].Value, points));
        _taskCell = cell;
        _stageCell = null;
        return true;
    }

    private bool OpenStage(int r, string cell)
    {
        if (_rubric.Tasks.Count == 0 || _taskCell is null)
        {
            Error(r, _columns.Task, $"The stage '{cell}' comes before any task (工作任务).");
            return false;
        }

        var heading = Heading().Match(cell);
        if (!heading.Groups["p"].Success || !TryPoints(heading.Groups["p"].Value, out var points))
        {
            Error(r, _columns.Stage, $"The stage '{cell}' does not state its points; write them after its name, as 准备阶段（5分）.");
            _stageCell = null;
            return false;
        }

        var task = _rubric.Tasks[^1];
        var text = heading.Groups["text"].Value;
        var position = (task.Stages.Count + 1).ToString(CultureInfo.InvariantCulture);
        var id = Unique(task.Id + "." + (Glossary.Stage(text) ?? "s" + position), task.Id + ".s" + position);
        _locations.Add(string.Create(CultureInfo.InvariantCulture, $"/tasks/{_rubric.Tasks.Count - 1}/stages/{task.Stages.Count}"), r, _columns.Stage);
        task.Stages.Add(new StageDraft(id, text, points));
        _stageCell = cell;
        return true;
    }

    private void ReadItem(int r, string? numberCell, string text, string? pointsCell)
    {
        var task = _rubric.Tasks[^1];
        var stage = task.Stages[^1];
        int? number = null;
        if (numberCell is not null)
        {
            if (int.TryParse(numberCell.TrimEnd('.', '、', '．'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                number = parsed;
            }
            else
            {
                Error(r, _columns.Number, $"'{numberCell}' is not an item number; expected a whole number such as 7.");
                return;
            }
        }

        if (LeadingNumber().Match(text) is { Success: true } leading)
        {
            // 1.成立领导小组… : the number typed into the text, as on the paper sheet.
            number ??= int.Parse(leading.Groups["n"].Value, CultureInfo.InvariantCulture);
            text = text[leading.Length..];
        }

        if (pointsCell is null || !TryPoints(pointsCell, out var points))
        {
            Error(r, _columns.Points, pointsCell is null
                ? $"The item '{text}' has no points (分值)."
                : $"'{pointsCell}' is not a number of points; expected a number such as 1 or 0.5.");
            return;
        }

        var itemNumber = number ?? task.Stages.Sum(static s => s.Items.Count) + 1;
        var id = Unique(
            task.Id + "." + itemNumber.ToString(CultureInfo.InvariantCulture),
            stage.Id + "." + (stage.Items.Count + 1).ToString(CultureInfo.InvariantCulture));
        var reading = ClauseGrammar.Read(text, points);
        var pointer = string.Create(CultureInfo.InvariantCulture, $"/tasks/{_rubric.Tasks.Count - 1}/stages/{task.Stages.Count - 1}/items/{stage.Items.Count}");
        stage.Items.Add(new ItemDraft(id, itemNumber, text, points, r, reading));
        _locations.Add(pointer, r, _columns.Text);
        if (reading.Finding is { } finding)
        {
            _diagnostics.Add(_locations.Warning(finding.Code, r, _columns.Text, $"Item {id}: {finding.Message}", pointer));
        }
    }

    private static int? HeadingNumber(Match heading)
    {
        if (heading.Groups["n"].Success)
        {
            return int.Parse(heading.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        return heading.Groups["cn"].Success && ChineseNumber.TryParse(heading.Groups["cn"].Value, out var value) ? (int)value : null;
    }

    private static bool TryPoints(string text, out decimal points) =>
        decimal.TryParse(ClauseText.Fold(text).TrimEnd('分'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out points);

    private string Unique(string preferred, string fallback)
    {
        if (_ids.Add(preferred))
        {
            return preferred;
        }

        var candidate = fallback;
        for (var n = 2; !_ids.Add(candidate); n++)
        {
            candidate = fallback + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private void Error(int row, int column, string message) =>
        _diagnostics.Add(_locations.Error(SheetDiagnosticCodes.InvalidCell, row, column, message));

    /// <summary>A task or stage cell: an optional number (1. or 一、), the name, the points in brackets.</summary>
    [GeneratedRegex(@"^\s*(?:(?<n>\d{1,6})\s*[.、．]\s*|(?<cn>[一二三四五六七八九十]{1,3})\s*[、.．]\s*)?(?<text>.*?)\s*(?:[（(]\s*(?<p>\d+(?:\.\d+)?)\s*分\s*[)）])?\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?<n>\d{1,6})\s*[.、．](?!\d)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\s*(?:合\s*计|总\s*分|总\s*计|total)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Total();

    [GeneratedRegex(@"^\s*(?:阶段\s*小\s*计|任务\s*合\s*计|小\s*计|stage total|task total)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Subtotal();

    [GeneratedRegex(@"^附件\s*\d*\s*[:：]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Attachment();
}
