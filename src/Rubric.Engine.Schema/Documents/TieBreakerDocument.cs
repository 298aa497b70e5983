namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a tie-breaker.</summary>
internal sealed class TieBreakerDocument
{
    public string Kind { get; set; } = string.Empty;

    public string? Target { get; set; }
}
