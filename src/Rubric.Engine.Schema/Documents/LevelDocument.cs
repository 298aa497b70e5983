namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a tiered rule's level.</summary>
internal sealed class LevelDocument
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? EnglishText { get; set; }

    public decimal Loss { get; set; }
}
