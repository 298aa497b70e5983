using Rubric.Engine;
using Spectre.Console;

namespace Rubric.Cli.Output;

/// <summary>
/// A Spectre table of unit, self total, assessor total and gap, drawn when the batch ends (a
/// table needs every row to size its columns; each row is four short strings). With --explain
/// the lost points of each unit follow the table.
/// </summary>
internal sealed class TableScorecardWriter : IScorecardWriter
{
    private readonly IAnsiConsole _console;
    private readonly bool _explain;
    private readonly ExplanationLanguage _language;
    private readonly Table _table = new();
    private readonly List<(string Unit, List<string> Lines)> _explanations = [];
    private string _title = string.Empty;

    public TableScorecardWriter(IAnsiConsole console, bool explain, ExplanationLanguage language)
    {
        _console = console;
        _explain = explain;
        _language = language;
    }

    public void Begin(RubricDefinition rubric)
    {
        _title = rubric.Title;
        _table.Border(TableBorder.Rounded);
        _table.AddColumn("unit 单位");
        _table.AddColumn("name 单位名称");
        _table.AddColumn(new TableColumn("self 自查分").RightAligned());
        _table.AddColumn(new TableColumn("assessor 考核分").RightAligned());
        _table.AddColumn(new TableColumn("gap 差").RightAligned());
    }

    public void Write(Scorecard scorecard)
    {
        _table.AddRow(
            SpectreConsoles.Cell(scorecard.UnitId),
            SpectreConsoles.Cell(scorecard.Assessment.UnitName),
            ScoreText.Points(scorecard.Total.Self),
            ScoreText.Points(scorecard.Total.Assessor),
            ScoreText.Points(scorecard.Total.Gap));
        if (_explain)
        {
            _explanations.Add((ScoreText.UnitLabel(scorecard), [.. ScoreText.LostPoints(scorecard, _language)]));
        }
    }

    public void End()
    {
        _table.Title = new TableTitle(SpectreConsoles.Cell(_title));
        _console.Write(_table);
        foreach (var (unit, lines) in _explanations)
        {
            _console.WriteLine();
            _console.WriteLine(DisplayText.Escape(unit));
            if (lines.Count == 0)
            {
                _console.WriteLine(_language == ExplanationLanguage.Chinese ? "  - 未失分。" : "  - No points lost.");
            }

            foreach (var line in lines)
            {
                _console.WriteLine("  - " + DisplayText.Escape(line));
            }
        }
    }
}
