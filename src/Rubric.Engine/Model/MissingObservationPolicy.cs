namespace Rubric.Engine;

/// <summary>What scoring does when a filled score column has no observation for an item.</summary>
public enum MissingObservationPolicy
{
    /// <summary>A missing observation is an error; the assessment is not scored.</summary>
    Error,

    /// <summary>A missing observation counts as "not done": the item loses all its points, and the explanation says why.</summary>
    TreatAsNotDone,
}
