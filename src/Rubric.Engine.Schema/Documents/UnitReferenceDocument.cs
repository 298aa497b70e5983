namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of the unit an assessment names.</summary>
internal sealed class UnitReferenceDocument
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }
}
