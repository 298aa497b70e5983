namespace Rubric.Engine;

/// <summary>The occasion an assessment was made on.</summary>
public enum AssessmentRound
{
    /// <summary>自查自评: the unit assesses itself before the formal assessment.</summary>
    SelfAssessment,

    /// <summary>The formal assessment held every December.</summary>
    Annual,

    /// <summary>An unannounced inspection during the year (不定期督查).</summary>
    Unannounced,
}
