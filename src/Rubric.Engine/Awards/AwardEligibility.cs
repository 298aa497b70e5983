namespace Rubric.Engine;

/// <summary>Conditions a unit must meet to be ranked for an award.</summary>
public sealed class AwardEligibility
{
    /// <summary>No conditions.</summary>
    public static AwardEligibility None { get; } = new();

    /// <summary>The lowest final score that can be awarded; <see langword="null"/> for none.</summary>
    public decimal? MinimumScore { get; init; }

    /// <summary>Whether a unit with a veto adjustment is ineligible.</summary>
    public bool ExcludeVetoed { get; init; }

    /// <summary>The round the assessment must be from; <see langword="null"/> for any.</summary>
    public AssessmentRound? RequiredRound { get; init; }
}
