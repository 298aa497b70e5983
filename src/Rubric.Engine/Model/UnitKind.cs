namespace Rubric.Engine;

/// <summary>The kind of unit a rubric assesses or an award draws from.</summary>
public enum UnitKind
{
    /// <summary>A primary or middle school (学校).</summary>
    School,

    /// <summary>A staff member of a school (教职员工).</summary>
    StaffMember,

    /// <summary>An education management centre (教管中心), assessed by the county.</summary>
    Centre,
}
