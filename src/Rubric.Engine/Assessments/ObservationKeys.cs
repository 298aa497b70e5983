namespace Rubric.Engine;

/// <summary>The names of the values the built-in rule kinds read from an <see cref="Observation"/>.</summary>
public static class ObservationKeys
{
    /// <summary>Flat rule: whether the requirement was met (<c>true</c>/<c>false</c>).</summary>
    public const string Met = "met";

    /// <summary>Per-unit rule: how many persons or person-times are missing (a whole number ≥ 0).</summary>
    public const string Missing = "missing";

    /// <summary>Per-unit and shortfall rules: nothing at all was done (<c>true</c>/<c>false</c>).</summary>
    public const string NoneDone = "noneDone";

    /// <summary>Shortfall rule: the count achieved (a whole number ≥ 0).</summary>
    public const string Achieved = "achieved";

    /// <summary>Tiered rule: the id of the level observed.</summary>
    public const string Level = "level";

    /// <summary>Judged rule: the points awarded (0 to the item's points).</summary>
    public const string Awarded = "awarded";

    /// <summary>
    /// Reserved for a score typed directly (<see cref="Observation.Scored"/>): no rule reads it as
    /// a value, and errors about a typed score name it.
    /// </summary>
    public const string Score = "score";
}
