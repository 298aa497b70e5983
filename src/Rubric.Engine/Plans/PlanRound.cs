namespace Rubric.Engine;

/// <summary>
/// One occasion of assessment the plan sets (自查自评 before the centre's visit, the December
/// assessment, 不定期督查), and whether its scores decide the awards.
/// </summary>
public sealed class PlanRound
{
    /// <summary>Describes a round.</summary>
    /// <param name="round">The round, as assessments name it.</param>
    /// <param name="name">The plan's name for it, verbatim (自查自评).</param>
    /// <param name="when">When it is held, in the plan's words (每年12月).</param>
    /// <param name="countsForAwards">Whether the awards are decided on this round's assessments.</param>
    public PlanRound(AssessmentRound round, string name, string when, bool countsForAwards)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(when);
        Round = round;
        Name = name;
        When = when;
        CountsForAwards = countsForAwards;
    }

    /// <summary>The round, as assessments name it.</summary>
    public AssessmentRound Round { get; }

    /// <summary>The plan's name for it, verbatim.</summary>
    public string Name { get; }

    /// <summary>When it is held, in the plan's words.</summary>
    public string When { get; }

    /// <summary>Whether the awards are decided on this round's assessments.</summary>
    public bool CountsForAwards { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Round} ({Name}, {When}){(CountsForAwards ? ", counts for awards" : string.Empty)}";
}
