namespace Rubric.Engine.Sheets;

/// <summary>The rubric read from a sheet, before it is written (the rows of its parts are in <see cref="SheetLocations"/>).</summary>
internal sealed class RubricDraft
{
    public string Title { get; set; } = string.Empty;

    public decimal? Total { get; set; }

    public List<TaskDraft> Tasks { get; } = [];
}

/// <summary>A work task (工作任务).</summary>
internal sealed record TaskDraft(string Id, int Number, string Text, decimal Points)
{
    public List<StageDraft> Stages { get; } = [];
}

/// <summary>A stage (阶段).</summary>
internal sealed record StageDraft(string Id, string Text, decimal Points)
{
    public List<ItemDraft> Items { get; } = [];
}

/// <summary>An item: its text as written, the row it is on and what its clause says.</summary>
internal sealed record ItemDraft(string Id, int Number, string Text, decimal Points, int Row, ClauseReading Reading);
