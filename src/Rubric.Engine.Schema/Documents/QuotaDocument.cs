namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of an award quota: a percentage or a count.</summary>
internal sealed class QuotaDocument
{
    public decimal? Percent { get; set; }

    public decimal? Count { get; set; }
}
