namespace Rubric.Engine;

/// <summary>Why a unit of a body has no place in its report.</summary>
public enum UnscoredReason
{
    /// <summary>The roster names the unit, but no assessment of it was given.</summary>
    NoAssessment,

    /// <summary>Its assessment could not be scored (see the scoring errors).</summary>
    ScoringFailed,
}
