namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of an award policy, or in a plan of an award to be announced.</summary>
internal sealed class AwardDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string UnitKind { get; set; } = string.Empty;

    public QuotaDocument Quota { get; set; } = new();

    public string Rounding { get; set; } = string.Empty;

    public TiesDocument Ties { get; set; } = new();

    public EligibilityDocument? Eligibility { get; set; }

    public string? ToBeAnnounced { get; set; }
}
