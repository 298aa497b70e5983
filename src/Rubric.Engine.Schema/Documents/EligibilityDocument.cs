namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of an award's eligibility.</summary>
internal sealed class EligibilityDocument
{
    public decimal? MinimumScore { get; set; }

    public bool? ExcludeVetoed { get; set; }

    public string? RequiredRound { get; set; }
}
