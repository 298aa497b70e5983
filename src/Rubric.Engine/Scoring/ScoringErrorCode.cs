namespace Rubric.Engine;

/// <summary>
/// Why an assessment could not be scored, or made from user data (<see cref="Assessment.Create"/>). The numbers are stable and printed as <c>RUB2xxx</c>;
/// the RUB1xxx range belongs to file loading and validation.
/// </summary>
public enum ScoringErrorCode
{
    /// <summary>RUB2001: a filled column has no observation for an item, and the rubric does not treat that as not done.</summary>
    MissingObservation = 2001,

    /// <summary>RUB2002: an observation names an item the rubric does not have.</summary>
    UnknownItem = 2002,

    /// <summary>RUB2003: an observation lacks a value its rule needs.</summary>
    MissingValue = 2003,

    /// <summary>RUB2004: a value is of the wrong type or out of range (a negative count, a judged value above the points).</summary>
    InvalidValue = 2004,

    /// <summary>RUB2005: a tiered observation names a level the rule does not define.</summary>
    UnknownLevel = 2005,

    /// <summary>RUB2006: an any-of observation names a condition the rule does not define.</summary>
    UnknownCondition = 2006,

    /// <summary>RUB2007: the assessment was made against another rubric.</summary>
    RubricMismatch = 2007,

    /// <summary>RUB2008: a column gives two or more observations for one item (<see cref="Assessment.Create"/>).</summary>
    DuplicateObservation = 2008,

    /// <summary>RUB2009: an assessment has neither a self nor an assessor column (<see cref="Assessment.Create"/>).</summary>
    MissingColumn = 2009,
}
