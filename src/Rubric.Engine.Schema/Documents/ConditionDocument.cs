namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of an any-of rule's condition.</summary>
internal sealed class ConditionDocument
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? EnglishText { get; set; }
}
