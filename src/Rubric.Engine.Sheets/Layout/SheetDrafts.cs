namespace Rubric.Engine.Sheets;

/// <summary>The rubric read from a sheet, before it is written: each part remembers the row it came from.</summary>
internal sealed class RubricDraft
{
    public string Title { get; set; } = string.Empty;

    public decimal? Total { get; set; }

    public List<TaskDraft> Tasks { get; } = [];
}

/// <summary>A work task (工作任务) and the row that opened it.</summary>
internal sealed record TaskDraft(string Id, int Number, string Text, decimal Points, int Row)
{
    public List<StageDraft> Stages { get; } = [];
}

/// <summary>A stage (阶段) and the row that opened it.</summary>
internal sealed record StageDraft(string Id, string Text, decimal Points, int Row)
{
    public List<ItemDraft> Items { get; } = [];
}

/// <summary>An item row: its text as written and what its clause says.</summary>
internal sealed record ItemDraft(string Id, int Number, string Text, decimal Points, int Row, int TextColumn, ClauseReading Reading);
