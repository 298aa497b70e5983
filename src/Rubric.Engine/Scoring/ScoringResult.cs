using System.Diagnostics.CodeAnalysis;

namespace Rubric.Engine;

/// <summary>The outcome of scoring one assessment: a <see cref="Scorecard"/>, or the errors that prevented one.</summary>
public sealed class ScoringResult
{
    private ScoringResult(Assessment assessment, Scorecard? scorecard, IReadOnlyList<ScoringError> errors)
    {
        Assessment = assessment;
        Scorecard = scorecard;
        Errors = errors;
    }

    /// <summary>The assessment scored.</summary>
    public Assessment Assessment { get; }

    /// <summary>The scorecard, when <see cref="Succeeded"/>.</summary>
    public Scorecard? Scorecard { get; }

    /// <summary>Every reason the assessment could not be scored; empty on success.</summary>
    public IReadOnlyList<ScoringError> Errors { get; }

    /// <summary>Whether the assessment was scored.</summary>
    [MemberNotNullWhen(true, nameof(Scorecard))]
    public bool Succeeded => Scorecard is not null;

    internal static ScoringResult Success(Scorecard scorecard) => new(scorecard.Assessment, scorecard, []);

    internal static ScoringResult Failure(Assessment assessment, IReadOnlyList<ScoringError> errors) => new(assessment, null, errors);

    /// <inheritdoc/>
    public override string ToString() => Succeeded
        ? Scorecard.ToString()
        : $"{Assessment.UnitId}: {Errors.Count} error(s): {string.Join("; ", Errors)}";
}
