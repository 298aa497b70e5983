namespace Rubric.Engine;

/// <summary>What happened at the cut-off of an award.</summary>
public enum TieOutcome
{
    /// <summary>No tie straddles the cut-off: every unit at the cut-off score fits in the quota, or nobody is awarded.</summary>
    None,

    /// <summary>Units tied at the cut-off did not all fit; all of them were awarded, so the award exceeds the quota.</summary>
    AllTiedIncluded,

    /// <summary>Units tied at the cut-off did not all fit; none of them was awarded, so the award falls short of the quota.</summary>
    AllTiedExcluded,

    /// <summary>Units tied at the cut-off were separated by the policy's tie-breakers, and exactly the quota was awarded.</summary>
    BrokenByTieBreakers,

    /// <summary>The tie-breakers did not separate every tied unit; those still tied at the last place were all awarded, exceeding the quota.</summary>
    StillTiedAfterTieBreakers,
}
