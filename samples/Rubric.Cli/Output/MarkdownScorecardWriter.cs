using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>
/// A Markdown table of unit, self total, assessor total and gap, streamed row by row. With
/// --explain the lost points follow the table, one section per unit; those sentences are kept
/// until the table ends.
/// </summary>
internal sealed class MarkdownScorecardWriter : IScorecardWriter
{
    private static readonly string[] Headers = ["unit 单位", "name 单位名称", "self 自查分", "assessor 考核分", "gap 差", "score 得分"];
    private static readonly bool[] RightAligned = [false, false, true, true, true, true];
    private readonly TextWriter _writer;
    private readonly bool _explain;
    private readonly ExplanationLanguage _language;
    private readonly List<(string Unit, List<string> Lines)> _explanations = [];

    public MarkdownScorecardWriter(TextWriter writer, bool explain, ExplanationLanguage language)
    {
        _writer = writer;
        _explain = explain;
        _language = language;
    }

    public void Begin(RubricDefinition rubric)
    {
        _writer.WriteLine("# " + Markdown.Cell(rubric.Title));
        _writer.WriteLine();
        Markdown.WriteHeader(_writer, Headers, RightAligned);
    }

    public void Write(Scorecard scorecard)
    {
        Markdown.WriteRow(_writer, [
            scorecard.UnitId,
            scorecard.Assessment.UnitName,
            ScoreText.Points(scorecard.Total.Self),
            ScoreText.Points(scorecard.Total.Assessor),
            ScoreText.Points(scorecard.Total.Gap),
            ScoreText.Points(scorecard.Score),
        ]);
        if (_explain)
        {
            _explanations.Add((ScoreText.UnitLabel(scorecard), [.. ScoreText.LostPoints(scorecard, _language)]));
        }
    }

    public void End()
    {
        foreach (var (unit, lines) in _explanations)
        {
            _writer.WriteLine();
            _writer.WriteLine("## " + unit);
            _writer.WriteLine();
            if (lines.Count == 0)
            {
                _writer.WriteLine(_language == ExplanationLanguage.Chinese ? "- 未失分。" : "- No points lost.");
            }

            foreach (var line in lines)
            {
                _writer.WriteLine("- " + line);
            }
        }

        _writer.Flush();
    }
}
