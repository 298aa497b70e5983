namespace Rubric.Engine.Sheets;

/// <summary>
/// Finds the item table's header row and its columns by name — 工作任务 task, 阶段 stage, 序号 no.,
/// 考核内容 item, 分值 points — wherever they stand; every other column (自查分, 考核分, 编号,
/// 填写说明, observation columns ...) is ignored. A header cell names a column by its first word
/// (工作任务 task) or by the English name alone; 序号 is optional (the number may open the item's text).
/// </summary>
internal sealed record SheetColumns(int HeaderRow, int Task, int Stage, int Number, int Text, int Points)
{
    private static readonly string[] TaskNames = ["工作任务", "任务", "task"];
    private static readonly string[] StageNames = ["阶段", "考核阶段", "stage"];
    private static readonly string[] NumberNames = ["序号", "no.", "no", "number", "#"];
    private static readonly string[] TextNames = ["考核内容", "考核细则", "评分细则", "考核项目", "item", "text", "content"];
    private static readonly string[] PointsNames = ["分值", "points"];

    public static SheetColumns? Find(SheetGrid grid)
    {
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var cells = grid.Rows[r];
            int task = Column(cells, TaskNames), stage = Column(cells, StageNames), text = Column(cells, TextNames), points = Column(cells, PointsNames);
            if (task >= 0 && stage >= 0 && text >= 0 && points >= 0)
            {
                return new SheetColumns(r, task, stage, Column(cells, NumberNames), text, points);
            }
        }

        return null;
    }

    private static int Column(string?[] cells, string[] names)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is not { } cell)
            {
                continue;
            }

            var words = cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                if (string.Equals(words[0], name, StringComparison.OrdinalIgnoreCase) || string.Equals(cell, name, StringComparison.OrdinalIgnoreCase))
                {
                    return c;
                }
            }
        }

        return -1;
    }
}
