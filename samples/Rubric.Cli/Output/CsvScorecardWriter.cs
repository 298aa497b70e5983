using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>One CSV row per unit: totals, then self and assessor scores per task; with --explain, the lost points.</summary>
internal sealed class CsvScorecardWriter : IScorecardWriter
{
    private readonly TextWriter _writer;
    private readonly bool _explain;
    private readonly ExplanationLanguage _language;

    public CsvScorecardWriter(TextWriter writer, bool explain, ExplanationLanguage language)
    {
        _writer = writer;
        _explain = explain;
        _language = language;
    }

    public void Begin(RubricDefinition rubric)
    {
        var header = new List<string> { "unit", "name", "round", "self", "assessor", "gap", "score" };
        foreach (var task in rubric.Tasks)
        {
            header.Add(task.Id + " self");
            header.Add(task.Id + " assessor");
        }

        if (_explain)
        {
            header.Add("lost points");
        }

        Csv.WriteRow(_writer, header);
    }

    public void Write(Scorecard scorecard)
    {
        var row = new List<string?>
        {
            scorecard.UnitId,
            scorecard.Assessment.UnitName,
            ScoreText.Round(scorecard.Assessment.Round),
            ScoreText.Points(scorecard.Total.Self),
            ScoreText.Points(scorecard.Total.Assessor),
            ScoreText.Points(scorecard.Total.Gap),
            ScoreText.Points(scorecard.Score),
        };
        foreach (var task in scorecard.Tasks)
        {
            row.Add(ScoreText.Points(task.Score.Self));
            row.Add(ScoreText.Points(task.Score.Assessor));
        }

        if (_explain)
        {
            row.Add(string.Join("\n", ScoreText.LostPoints(scorecard, _language)));
        }

        Csv.WriteRow(_writer, row);
    }

    public void End() => _writer.Flush();
}
