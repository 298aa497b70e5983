namespace Rubric.Engine;

/// <summary>
/// What a set of scored assessments says, body by body: made by <see cref="ReportAnalyzer"/>. A
/// host renders it (a page, a workbook) or serializes it. Plain data, safe to serialize.
/// </summary>
public sealed class AssessmentReport
{
    internal AssessmentReport(RubricDefinition rubric, IReadOnlyList<BodyAnalysis> bodies)
    {
        RubricId = rubric.Id;
        RubricTitle = rubric.Title;
        UnitKind = rubric.UnitKind;
        Points = rubric.Points;
        ItemPoints = rubric.ItemPoints;
        Bodies = bodies;
    }

    /// <summary>The rubric's id.</summary>
    public string RubricId { get; }

    /// <summary>The rubric's title, verbatim.</summary>
    public string RubricTitle { get; }

    /// <summary>The kind of unit the rubric scores.</summary>
    public UnitKind UnitKind { get; }

    /// <summary>The rubric's declared points.</summary>
    public decimal Points { get; }

    /// <summary>The points its items add up to; less than <see cref="Points"/> for an incomplete sheet.</summary>
    public decimal ItemPoints { get; }

    /// <summary>
    /// With a roster: one analysis per body, depth first in roster order, then, when some
    /// assessments name a unit on no body's list, one more without a body for them. Without a
    /// roster: one analysis without a body, of every input.
    /// </summary>
    public IReadOnlyList<BodyAnalysis> Bodies { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{RubricId}: {Bodies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} group(s)";
}
