using System.Globalization;
using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>The blank sheet of a rubric: its title and one row per item, in sheet order.</summary>
internal sealed class ScoringSheet
{
    private ScoringSheet(string title, IReadOnlyList<SheetRow> rows)
    {
        Title = title;
        Rows = rows;
    }

    public string Title { get; }

    public IReadOnlyList<SheetRow> Rows { get; }

    public static ScoringSheet For(RubricDefinition rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var rows = new List<SheetRow>();
        foreach (var task in rubric.Tasks)
        {
            var taskCell = string.Create(CultureInfo.InvariantCulture, $"{task.Number}. {task.Text}（{PointsFormat.Format(task.Points)}分）");
            foreach (var stage in task.Stages)
            {
                var stageCell = $"{stage.Text}（{PointsFormat.Format(stage.Points)}分）";
                foreach (var item in stage.Items)
                {
                    rows.Add(new SheetRow(taskCell, stageCell, item.Number, item.Text, item.Points, item.Id, HowToFill(item)));
                }
            }
        }

        return new ScoringSheet(rubric.Title, rows);
    }

    /// <summary>What to write in a score cell for the item's rule; <c>rubric import</c> reads exactly this.</summary>
    public static string HowToFill(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Rule switch
        {
            FlatRule => "是/否 (yes/no, 1/0)",
            AnyOfRule r => "全部做到填“是”，否则填未做到的条件 (yes, or the conditions not met): " + string.Join(", ", r.Conditions.Select(static c => $"{c.Id}={c.Text}")),
            PerUnitRule r => $"缺少的{r.Unit}数 (count missing); 没做 (none done)",
            ShortfallRule r => string.Create(CultureInfo.InvariantCulture, $"完成的{r.Unit}数，要求{r.Target} (count achieved, target {r.Target}); 没做 (none done)"),
            TieredRule r => "等级 (level): " + string.Join(" | ", r.Levels.Select(static l => $"{l.Id}={l.Text}")),
            JudgedRule r => $"评定得分 0–{PointsFormat.Format(item.Points)} (points awarded" + (r.Step is { } step ? $", in steps of {PointsFormat.Format(step)})" : ")"),
            _ => "(not importable: custom rule kind " + item.Rule.Kind + ")",
        };
    }
}
