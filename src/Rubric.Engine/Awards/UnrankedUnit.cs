using System.Globalization;

namespace Rubric.Engine;

/// <summary>
/// A unit, or an assessment, left out of an award's ranking, and why: ineligible (below the
/// minimum score, vetoed, wrong round), not ranked (no assessment, scoring errors, duplicate
/// assessments), set aside, or outside the roster population. Nothing is dropped silently.
/// Plain data, safe to serialize.
/// </summary>
public sealed class UnrankedUnit
{
    internal UnrankedUnit(string unitId, string? unitName, UnrankedReason reason, string message, decimal? score = null, AssessmentRound? round = null, IReadOnlyList<string>? errorCodes = null)
    {
        UnitId = unitId;
        UnitName = unitName;
        Reason = reason;
        Message = message;
        Score = score;
        Round = round;
        ErrorCodes = errorCodes ?? [];
    }

    /// <summary>The unit's id, as the roster or the assessment names it.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name on the roster, or the assessment's unit name for a unit not on the roster.</summary>
    public string? UnitName { get; }

    /// <summary>Why the unit was left out.</summary>
    public UnrankedReason Reason { get; }

    /// <summary>The reason as printed: <c>RUB3001</c>.</summary>
    public string Code => "RUB" + ((int)Reason).ToString(CultureInfo.InvariantCulture);

    /// <summary>What was found and what the policy expected, in English.</summary>
    public string Message { get; }

    /// <summary>The final score, when the unit was scored.</summary>
    public decimal? Score { get; }

    /// <summary>The round of the assessment concerned; <see langword="null"/> when there is none or several.</summary>
    public AssessmentRound? Round { get; }

    /// <summary>For <see cref="UnrankedReason.ScoringFailed"/>: the scoring error codes (<c>RUB2003</c>), in order.</summary>
    public IReadOnlyList<string> ErrorCodes { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{UnitId}: {Code} {Reason}: {Message}";
}
