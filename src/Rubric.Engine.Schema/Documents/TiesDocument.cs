namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a tie policy.</summary>
internal sealed class TiesDocument
{
    public string Resolution { get; set; } = string.Empty;

    public List<TieBreakerDocument>? Breakers { get; set; }
}
