namespace Rubric.Engine;

/// <summary>The two score columns of the sheet.</summary>
public enum ScoreSide
{
    /// <summary>自查分: the unit's own self-assessment.</summary>
    Self,

    /// <summary>考核分: the assessing team's score.</summary>
    Assessor,
}
