using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>Keeps every scorecard, for commands that need them all at once (awards rank a whole population).</summary>
internal sealed class CollectingScorecardWriter : IScorecardWriter
{
    private readonly List<Scorecard> _scorecards = [];

    public IReadOnlyList<Scorecard> Scorecards => _scorecards;

    public void Begin(RubricDefinition rubric)
    {
    }

    public void Write(Scorecard scorecard) => _scorecards.Add(scorecard);

    public void End()
    {
    }
}
