namespace Rubric.Engine;

/// <summary>
/// Why a unit, or an assessment, was left out of an award's ranking. The numbers are stable and
/// printed as <c>RUB3xxx</c> (see <see cref="UnrankedUnit.Code"/>); RUB1xxx belongs to loading and
/// RUB2xxx to scoring.
/// </summary>
public enum UnrankedReason
{
    /// <summary>RUB3001 (not ranked): the unit is in the population but no assessment was given for it.</summary>
    NoAssessment = 3001,

    /// <summary>RUB3002 (not ranked): the unit's assessment could not be scored; the scoring error codes say why.</summary>
    ScoringFailed = 3002,

    /// <summary>RUB3003 (not ranked): two or more assessments of the unit could count, and the engine does not guess which.</summary>
    DuplicateAssessment = 3003,

    /// <summary>RUB3011 (ineligible): the final score is below the policy's minimum score.</summary>
    BelowMinimumScore = 3011,

    /// <summary>RUB3012 (ineligible): a veto (一票否决) applies to the final column.</summary>
    Vetoed = 3012,

    /// <summary>RUB3013 (ineligible): the unit was assessed, but not in the round the policy requires.</summary>
    WrongRound = 3013,

    /// <summary>RUB3021 (set aside): an assessment of another round than the one required, for a unit that has one of the required round.</summary>
    OtherRound = 3021,

    /// <summary>RUB3022 (outside the population): the assessment names a unit that is not on the roster at all.</summary>
    NotOnRoster = 3022,

    /// <summary>RUB3023 (outside the population): the assessment names a roster entry that is not of the policy's unit kind.</summary>
    NotInPopulation = 3023,

    /// <summary>RUB3024 (outside the plan): the assessment is for a rubric the plan does not name, so no award of the plan can use it.</summary>
    RubricNotInPlan = 3024,
}
