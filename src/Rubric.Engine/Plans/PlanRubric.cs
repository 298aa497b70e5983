namespace Rubric.Engine;

/// <summary>Which scoring sheet (评分细则) a plan uses for one kind of unit: the schools' sheet, the staff's sheet.</summary>
public sealed class PlanRubric
{
    /// <summary>Names a rubric of the plan.</summary>
    /// <param name="rubricId">The rubric's id, which its assessments name in their <c>rubric</c> member.</param>
    /// <param name="unitKind">The kind of unit the rubric scores.</param>
    /// <param name="file">Where the rubric is kept, relative to the plan's file.</param>
    public PlanRubric(string rubricId, UnitKind unitKind, string file)
    {
        RubricId = Guard.Id(rubricId, nameof(rubricId));
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        UnitKind = unitKind;
        File = file;
    }

    /// <summary>The rubric's id.</summary>
    public string RubricId { get; }

    /// <summary>The kind of unit the rubric scores.</summary>
    public UnitKind UnitKind { get; }

    /// <summary>Where the rubric is kept, relative to the plan's file.</summary>
    public string File { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{RubricId} ({UnitKind}, {File})";
}
