namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of an assessing body.</summary>
internal sealed class BodyDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public List<RosterUnitDocument>? Units { get; set; }

    public List<BodyDocument>? Bodies { get; set; }
}
