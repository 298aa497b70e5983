namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a stage.</summary>
internal sealed class StageDocument
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public decimal Points { get; set; }

    public List<ItemDocument> Items { get; set; } = [];
}
