using Rubric.Engine;

namespace Rubric.Cli.Awards;

/// <summary>
/// SEAM placeholder: stands in until the award calculator of src/Rubric.Engine/Awards is wired
/// in; it ends the command with one clear line instead of a guess at the lists.
/// </summary>
internal sealed class UnwiredAwardsRunner : IAwardsRunner
{
    public AwardsReport Run(RubricDefinition rubric, Roster roster, IReadOnlyList<ScoringResult> results) =>
        throw new UserDataException("the award calculation is not wired into this build of rubric yet.");
}
