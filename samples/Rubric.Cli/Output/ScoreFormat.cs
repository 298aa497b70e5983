namespace Rubric.Cli.Output;

/// <summary>The output formats of <c>rubric score</c>.</summary>
internal enum ScoreFormat
{
    Table,
    Json,
    Csv,
    Markdown,
}
