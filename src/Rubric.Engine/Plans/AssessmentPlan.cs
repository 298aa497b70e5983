namespace Rubric.Engine;

/// <summary>
/// An assessment plan (考核方案): which sheet scores which kind of unit, the levels that assess
/// (a centre its schools and their staff, the county its centres and direct schools) with the
/// awards each names, the rounds of assessment and the one whose scores decide the awards, and
/// the methods (听 看 查 问 评). The sheets themselves only score; the plan says what follows.
/// </summary>
public sealed class AssessmentPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="title">The plan's title, verbatim.</param>
    /// <param name="rubrics">The sheets, at most one per kind of unit.</param>
    /// <param name="levels">The levels, at most one per kind of body.</param>
    /// <param name="rounds">The rounds, in the order they are held; exactly one counts for awards.</param>
    /// <param name="methods">The methods of assessment, each at most once.</param>
    /// <exception cref="ArgumentException">A rule above is broken, award ids repeat, or a decided award has no sheet for its kind of unit.</exception>
    public AssessmentPlan(string id, string title, IEnumerable<PlanRubric> rubrics, IEnumerable<PlanLevel> levels, IEnumerable<PlanRound> rounds, IEnumerable<AssessmentMethod> methods)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        Rubrics = Guard.Items(rubrics, nameof(rubrics));
        Levels = Guard.Items(levels, nameof(levels));
        Rounds = Guard.Items(rounds, nameof(rounds));
        Methods = Guard.Items(methods, nameof(methods));
        Guard.UniqueIds(Rubrics, static r => r.RubricId, "rubric", nameof(rubrics));
        Guard.UniqueIds(Rubrics, static r => r.UnitKind.ToString(), "rubric for the unit kind", nameof(rubrics));
        Guard.UniqueIds(Levels, static l => l.Body.ToString(), "level for the body kind", nameof(levels));
        Guard.UniqueIds(Rounds, static r => r.Round.ToString(), "round", nameof(rounds));
        Guard.UniqueIds(Methods, static m => m.Method.ToString(), "method", nameof(methods));
        Guard.UniqueIds(Levels.SelectMany(static l => l.Awards), static a => a.Id, "award", nameof(levels));
        if (Rounds.Count(static r => r.CountsForAwards) != 1)
        {
            throw new ArgumentException("Exactly one round counts for awards.", nameof(rounds));
        }

        AwardRound = Rounds.Single(static r => r.CountsForAwards).Round;
        var unscored = Levels.SelectMany(static l => l.Awards).FirstOrDefault(a => a.Policy is { } p && RubricFor(p.UnitKind) is null);
        if (unscored is not null)
        {
            throw new ArgumentException($"Award '{unscored.Id}' draws from {unscored.UnitKind}, but the plan names no rubric for them.", nameof(levels));
        }
    }

    /// <summary>Identifier.</summary>
    public string Id { get; }

    /// <summary>The plan's title, verbatim.</summary>
    public string Title { get; }

    /// <summary>The sheets, at most one per kind of unit.</summary>
    public IReadOnlyList<PlanRubric> Rubrics { get; }

    /// <summary>The levels, at most one per kind of body.</summary>
    public IReadOnlyList<PlanLevel> Levels { get; }

    /// <summary>The rounds, in the order they are held.</summary>
    public IReadOnlyList<PlanRound> Rounds { get; }

    /// <summary>The methods of assessment.</summary>
    public IReadOnlyList<AssessmentMethod> Methods { get; }

    /// <summary>The round whose assessments decide the awards; assessments of other rounds are set aside.</summary>
    public AssessmentRound AwardRound { get; }

    /// <summary>The sheet an assessment names by its rubric id.</summary>
    /// <param name="rubricId">The rubric id, as the assessment gives it.</param>
    /// <returns>The sheet, or <see langword="null"/> when the plan names no such rubric.</returns>
    public PlanRubric? RubricFor(string? rubricId) => Rubrics.FirstOrDefault(r => string.Equals(r.RubricId, rubricId, StringComparison.Ordinal));

    /// <summary>The sheet for a kind of unit.</summary>
    /// <param name="unitKind">The kind of unit.</param>
    /// <returns>The sheet, or <see langword="null"/> when the plan names none.</returns>
    public PlanRubric? RubricFor(UnitKind unitKind) => Rubrics.FirstOrDefault(r => r.UnitKind == unitKind);

    /// <summary>The level of a kind of body.</summary>
    /// <param name="body">The kind of body.</param>
    /// <returns>The level, or <see langword="null"/> when the plan has none.</returns>
    public PlanLevel? LevelOf(BodyKind body) => Levels.FirstOrDefault(l => l.Body == body);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Title}): {Rubrics.Count} rubric(s), {Levels.Count} level(s)";
}
