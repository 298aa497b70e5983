using System.Text;
using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>One CSV row per unit: totals, then self and assessor scores per task; with --explain, the lost points.</summary>
internal sealed class CsvScorecardWriter : IRowRenderingWriter
{
    /// <summary>Rows are built longer than this only with long explanations; such a builder is not kept.</summary>
    private const int KeptRowCapacity = 4096;

    /// <summary>
    /// Each thread's row builder, cleared for the next row: rows are rendered on the threads that
    /// score them, and a new builder per row was a tenth of all the host allocated per record.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? t_row;

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

    public void Write(Scorecard scorecard) => _writer.Write(Render(scorecard));

    public void WriteRendered(string text) => _writer.Write(text);

    public string Render(Scorecard scorecard)
    {
        var row = t_row ?? new StringBuilder(256);
        t_row = null;
        row.Append(Csv.Field(scorecard.UnitId)).Append(',')
            .Append(Csv.Field(scorecard.Assessment.UnitName)).Append(',')
            .Append(ScoreText.Round(scorecard.Assessment.Round)).Append(',');
        Points(row, scorecard.Total.Self).Append(',');
        Points(row, scorecard.Total.Assessor).Append(',');
        Points(row, scorecard.Total.Gap).Append(',');
        Points(row, scorecard.Score);
        foreach (var task in scorecard.Tasks)
        {
            var score = task.Score;
            Points(row.Append(','), score.Self);
            Points(row.Append(','), score.Assessor);
        }

        if (_explain)
        {
            row.Append(',').Append(Csv.Field(string.Join("\n", ScoreText.LostPoints(scorecard, _language))));
        }

        // RFC 4180 ends records with CRLF, whatever the platform.
        var text = row.Append("\r\n").ToString();
        if (row.Capacity <= KeptRowCapacity)
        {
            t_row = row.Clear();
        }

        return text;
    }

    public void End() => _writer.Flush();

    /// <summary>Points need no quoting: invariant digits, '.', '-'.</summary>
    private static StringBuilder Points(StringBuilder row, decimal? value)
    {
        if (value is { } v)
        {
            row.Append(PointsFormat.Format(v));
        }

        return row;
    }
}
