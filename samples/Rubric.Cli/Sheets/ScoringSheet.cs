using System.Globalization;
using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>The blank sheet of a rubric: its title, one row per item in sheet order, and the totals of each stage, task and the sheet.</summary>
internal sealed class ScoringSheet
{
    private ScoringSheet(string title, IReadOnlyList<SheetRow> rows, int decimals)
    {
        Title = title;
        Rows = rows;
        Decimals = decimals;
    }

    public string Title { get; }

    /// <summary>The decimals every score and total of the sheet is exact to (see <see cref="ScoreFormulas.Decimals"/>).</summary>
    public int Decimals { get; }

    public IReadOnlyList<SheetRow> Rows { get; }

    public static ScoringSheet For(RubricDefinition rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var rows = new List<SheetRow>();
        var taskTotals = new List<int>();
        foreach (var task in rubric.Tasks)
        {
            var taskCell = string.Create(CultureInfo.InvariantCulture, $"{task.Number}. {task.Text}（{PointsFormat.Format(task.Points)}分）");
            var stageTotals = new List<int>();
            foreach (var stage in task.Stages)
            {
                var stageCell = $"{stage.Text}（{PointsFormat.Format(stage.Points)}分）";
                var items = new List<int>();
                foreach (var item in stage.Items)
                {
                    items.Add(rows.Count);
                    rows.Add(new SheetRow(taskCell, stageCell, item.Number, item.Text, item.Points, item.Id, HowToFill(item), item, []));
                }

                stageTotals.Add(rows.Count);
                rows.Add(new SheetRow(taskCell, stageCell, null, SheetLayout.StageTotal, stage.Points, stage.Id, string.Empty, null, items));
            }

            taskTotals.Add(rows.Count);
            rows.Add(new SheetRow(taskCell, string.Empty, null, SheetLayout.TaskTotal, task.Points, task.Id, string.Empty, null, stageTotals));
        }

        rows.Add(new SheetRow(string.Empty, string.Empty, null, SheetLayout.SheetTotal, rubric.Points, rubric.Id, string.Empty, null, taskTotals));
        return new ScoringSheet(rubric.Title, rows, ScoreFormulas.Decimals(rubric));
    }

    /// <summary>What to write in an observation cell (自查情况, 考核情况) for the item's rule; <c>rubric import</c> reads exactly this.</summary>
    public static string HowToFill(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var observed = item.Rule switch
        {
            FlatRule => "是/否 (yes/no, 1/0)",
            AnyOfRule r => "全部做到填“是”，否则填未做到的条件 (yes, or the conditions not met): " + string.Join(", ", r.Conditions.Select(static c => $"{c.Id}={c.Text}")),
            PerUnitRule r => $"缺少的{r.Unit}数 (count missing); 没做 (none done)",
            ShortfallRule r => string.Create(CultureInfo.InvariantCulture, $"完成的{r.Unit}数，要求{r.Target} (count achieved, target {r.Target}); 没做 (none done)"),
            TieredRule r => "等级 (level): " + string.Join(" | ", r.Levels.Select(static l => $"{l.Id}={l.Text}")),
            JudgedRule r => $"评定得分 0–{PointsFormat.Format(item.Points)} (points awarded" + (r.Step is { } step ? $", in steps of {PointsFormat.Format(step)})" : ")"),
            _ => null,
        };
        return observed is null
            ? "(not importable: custom rule kind " + item.Rule.Kind + ")"
            : observed + "。得分栏可直接填分 (or type the score in the score column)";
    }
}
