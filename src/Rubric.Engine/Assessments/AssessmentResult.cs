using System.Diagnostics.CodeAnalysis;

namespace Rubric.Engine;

/// <summary>
/// The outcome of <see cref="Assessment.Create"/>: an <see cref="Engine.Assessment"/> made from
/// user data, or every error that prevented one, each naming the column and the item.
/// </summary>
public sealed class AssessmentResult
{
    internal AssessmentResult(Assessment? assessment, IReadOnlyList<ScoringError> errors)
    {
        Assessment = assessment;
        Errors = errors;
    }

    /// <summary>The assessment, when <see cref="Succeeded"/>.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Every reason the assessment could not be made; empty on success.</summary>
    public IReadOnlyList<ScoringError> Errors { get; }

    /// <summary>Whether the assessment was made.</summary>
    [MemberNotNullWhen(true, nameof(Assessment))]
    public bool Succeeded => Assessment is not null;

    /// <inheritdoc/>
    public override string ToString() => Succeeded
        ? Assessment.ToString()
        : $"{Errors.Count} error(s): {string.Join("; ", Errors)}";
}
