using Rubric.Engine;

namespace Rubric.Cli.Awards;

/// <summary>
/// The link between <c>rubric awards</c> and the award calculation in src/Rubric.Engine/Awards.
/// The command scores the inputs and renders the report; an implementation only turns the
/// scorecards into award lists. Tests replace it through <see cref="CliContext.AwardsRunner"/>.
/// </summary>
internal interface IAwardsRunner
{
    /// <summary>Names the awards of every assessing body of the roster, for every award policy of the rubric.</summary>
    /// <param name="rubric">The rubric, with its award policies.</param>
    /// <param name="roster">The assessing bodies and their units.</param>
    /// <param name="results">Every assessment's scoring result, the failed ones too (so a unit can be reported as not ranked).</param>
    /// <returns>One list per body and award policy.</returns>
    AwardsReport Run(RubricDefinition rubric, Roster roster, IReadOnlyList<ScoringResult> results);

    /// <summary>Names the awards of every level of a plan: the decided ones per body, the ones to be announced without a quota.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="roster">The assessing bodies and their units.</param>
    /// <param name="results">Every assessment's scoring result, of any of the plan's rubrics, the failed ones too.</param>
    /// <returns>One list per body and award.</returns>
    AwardsReport Run(AssessmentPlan plan, Roster roster, IReadOnlyList<ScoringResult> results);
}
