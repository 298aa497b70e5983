namespace Rubric.Engine;

/// <summary>Why points were lost, in terms every rule kind shares.</summary>
public enum DeductionReason
{
    /// <summary>A requirement was not met (flat rule).</summary>
    NotMet,

    /// <summary>One or more of several conditions were not met (any-of rule).</summary>
    ConditionsNotMet,

    /// <summary>Persons or person-times were missing, at a rate each (per-unit rule).</summary>
    UnitsMissing,

    /// <summary>Nothing at all was done, so the whole item is lost.</summary>
    NoneDone,

    /// <summary>The achieved count fell short of the target (shortfall rule).</summary>
    BelowTarget,

    /// <summary>A level with a loss was observed (tiered rule).</summary>
    Level,

    /// <summary>The assessor awarded less than the item's points (judged rule).</summary>
    Judged,

    /// <summary>There was no observation and the rubric treats that as not done.</summary>
    NotObserved,

    /// <summary>A rule kind added by the host; its evaluator explains it.</summary>
    Custom,

    /// <summary>
    /// A score was typed directly and more than one observation gives it (0 on a per-unit item:
    /// ten missing or none done), so the deduction names none of them.
    /// </summary>
    ScoredDirectly,
}
