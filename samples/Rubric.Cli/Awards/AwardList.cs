namespace Rubric.Cli.Awards;

/// <summary>
/// One award list: which body names which award, from how many units, with the quota arithmetic
/// (25 % of 7 = 1.75, rounded nearest to 2), the cut-off score, who was awarded and who was not, and why.
/// For an award the plan leaves to be announced, the population and quota are null and
/// <paramref name="ToBeAnnounced"/> quotes the plan.
/// </summary>
internal sealed record AwardList(
    string BodyId,
    string BodyName,
    string AwardId,
    string AwardName,
    int? Population,
    decimal? RawQuota,
    string? Rounding,
    int? Quota,
    decimal? CutOff,
    IReadOnlyList<AwardEntry> Awarded,
    IReadOnlyList<AwardEntry> NotAwarded,
    IReadOnlyList<string> Notes,
    string? ToBeAnnounced = null);
