using System.Text.Json.Serialization;

namespace Rubric.Cli.Awards;

/// <summary>The award lists of one run: one per assessing body and award policy.</summary>
/// <param name="Rubric">The rubric id, or the plan's id when a plan was run.</param>
/// <param name="Lists">The lists, in roster order, then policy order.</param>
/// <param name="Notes">Remarks on the whole run, such as assessments of units outside every population.</param>
internal sealed record AwardsReport(string Rubric, IReadOnlyList<AwardList> Lists, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// How many units have assessments that were scored but that no list could use: two or more
    /// for one unit, or a unit not on the roster. The lists say which; the run exits 1.
    /// </summary>
    [JsonIgnore]
    public int UnitsWithUnusableAssessments { get; init; }

    /// <summary>For a plan: the round whose assessments decided the awards.</summary>
    public string? AwardRound { get; init; }
}
