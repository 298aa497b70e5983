namespace Rubric.Engine;

/// <summary>What happens to units tied at the cut-off when not all of them fit in the quota.</summary>
public enum TieResolution
{
    /// <summary>Award every tied unit, even past the quota.</summary>
    IncludeAll,

    /// <summary>Award none of the tied units, staying under the quota.</summary>
    ExcludeAll,

    /// <summary>Order the tied units by the policy's tie-breakers; units still tied after all of them are included.</summary>
    BreakTies,
}
