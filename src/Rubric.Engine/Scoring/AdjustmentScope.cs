namespace Rubric.Engine;

/// <summary>What an <see cref="Adjustment"/> changes.</summary>
public enum AdjustmentScope
{
    /// <summary>One stage's score.</summary>
    Stage,

    /// <summary>One task's score.</summary>
    Task,

    /// <summary>The total.</summary>
    Total,
}
