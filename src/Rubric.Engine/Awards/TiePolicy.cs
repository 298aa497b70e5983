namespace Rubric.Engine;

/// <summary>How units tied at the cut-off are treated.</summary>
public sealed class TiePolicy
{
    /// <summary>Creates a tie policy.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <param name="breakers">The secondary measures, in order; required for <see cref="TieResolution.BreakTies"/>, not allowed otherwise.</param>
    public TiePolicy(TieResolution resolution, IEnumerable<TieBreaker>? breakers = null)
    {
        Resolution = resolution;
        Breakers = Guard.Items(breakers ?? [], nameof(breakers));
        if ((resolution == TieResolution.BreakTies) != (Breakers.Count > 0))
        {
            throw new ArgumentException("Tie-breakers are given exactly when the resolution is BreakTies.", nameof(breakers));
        }
    }

    /// <summary>Award every tied unit.</summary>
    public static TiePolicy IncludeAll { get; } = new(TieResolution.IncludeAll);

    /// <summary>Award none of the tied units that do not all fit.</summary>
    public static TiePolicy ExcludeAll { get; } = new(TieResolution.ExcludeAll);

    /// <summary>The resolution.</summary>
    public TieResolution Resolution { get; }

    /// <summary>The secondary measures, in order.</summary>
    public IReadOnlyList<TieBreaker> Breakers { get; }
}
