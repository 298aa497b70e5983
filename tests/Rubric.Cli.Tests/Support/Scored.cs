using Rubric.Cli.Output;
using Rubric.Cli.Scoring;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Support;

/// <summary>Scores the demo assessments through a writer and returns what it wrote.</summary>
internal static class Scored
{
    public static string Write(Func<TextWriter, IScorecardWriter> create, params Assessment[] assessments)
    {
        var output = new StringWriter();
        var writer = create(output);
        new BatchScorer(ScoringEngine.Default, TextWriter.Null).Run(TestRubrics.Demo(), assessments.Select(a => TestRubrics.Record(a)), writer);
        (writer as IDisposable)?.Dispose();
        return output.ToString();
    }
}
