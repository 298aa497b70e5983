namespace Rubric.Engine.Schema;

/// <summary>The kinds of document the loader reads.</summary>
public enum DocumentKind
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>A rubric definition.</summary>
    Rubric,

    /// <summary>An assessment of one unit in one round.</summary>
    Assessment,

    /// <summary>A roster of assessing bodies and their units.</summary>
    Roster,

    /// <summary>An assessment plan: levels, sheets, awards, rounds and methods.</summary>
    Plan,
}
