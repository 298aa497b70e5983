using Rubric.Cli.Scoring;

namespace Rubric.Cli.Output;

/// <summary>Picks the writer of an output format.</summary>
internal static class ScorecardWriters
{
    public static IScorecardWriter Create(ScoreSettings settings, TextWriter writer, bool isTerminal) => settings.Format switch
    {
        ScoreFormat.Json => new JsonScorecardWriter(writer, settings.Language),
        ScoreFormat.Csv => new CsvScorecardWriter(writer, settings.Explain, settings.Language),
        ScoreFormat.Markdown => new MarkdownScorecardWriter(writer, settings.Explain, settings.Language),
        _ => new TableScorecardWriter(SpectreConsoles.Create(writer, isTerminal), settings.Explain, settings.Language),
    };

    public static ScoreFormat Parse(string? format) => format switch
    {
        "json" => ScoreFormat.Json,
        "csv" => ScoreFormat.Csv,
        "markdown" => ScoreFormat.Markdown,
        _ => ScoreFormat.Table,
    };
}
