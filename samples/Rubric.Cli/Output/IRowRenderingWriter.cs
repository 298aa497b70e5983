using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>
/// A writer whose output for one scorecard does not depend on the others, so that scorecards can
/// be rendered on the cores that scored them and only the text kept until it is written in order.
/// </summary>
internal interface IRowRenderingWriter : IScorecardWriter
{
    /// <summary>The text <see cref="IScorecardWriter.Write"/> would write; safe to call from several threads at once.</summary>
    string Render(Scorecard scorecard);

    /// <summary>Writes text made by <see cref="Render"/>.</summary>
    void WriteRendered(string text);
}
