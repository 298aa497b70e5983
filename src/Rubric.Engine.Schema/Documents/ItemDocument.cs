namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a scoring item.</summary>
internal sealed class ItemDocument
{
    public string Id { get; set; } = string.Empty;

    public decimal? Number { get; set; }

    public string Text { get; set; } = string.Empty;

    public decimal Points { get; set; }

    public List<string>? Methods { get; set; }

    public List<string>? Evidence { get; set; }

    public RuleDocument Rule { get; set; } = new();
}
