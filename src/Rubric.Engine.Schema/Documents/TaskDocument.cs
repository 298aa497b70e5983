namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a work task.</summary>
internal sealed class TaskDocument
{
    public string Id { get; set; } = string.Empty;

    public decimal? Number { get; set; }

    public string Text { get; set; } = string.Empty;

    public decimal Points { get; set; }

    public List<StageDocument> Stages { get; set; } = [];
}
