namespace Rubric.Engine;

/// <summary>A unit a report accounts for without a score: not assessed, or its assessment failed to score. Plain data, safe to serialize.</summary>
/// <param name="UnitId">The unit's id.</param>
/// <param name="UnitName">The unit's name, when the roster or the assessment gives one.</param>
/// <param name="Reason">Why it has no score.</param>
/// <param name="ErrorCount">For <see cref="UnscoredReason.ScoringFailed"/>, how many scoring errors its assessment had; else 0.</param>
public sealed record UnscoredUnit(string UnitId, string? UnitName, UnscoredReason Reason, int ErrorCount);
