namespace Rubric.Engine;

/// <summary>A secondary measure that orders units tied on score.</summary>
public enum TieBreakerKind
{
    /// <summary>The higher score of a named task wins.</summary>
    TaskScore,

    /// <summary>The higher score of a named stage wins.</summary>
    StageScore,

    /// <summary>Fewer items that lost points wins.</summary>
    FewerItemsLost,

    /// <summary>The smaller gap between self and assessor totals wins (the more honest self-assessment).</summary>
    SmallerSelfGap,
}
