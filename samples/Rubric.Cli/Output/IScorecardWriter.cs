using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>Writes scorecards in one output format as they are scored, one at a time.</summary>
internal interface IScorecardWriter
{
    void Begin(RubricDefinition rubric);

    void Write(Scorecard scorecard);

    void End();
}
