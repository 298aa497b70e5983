namespace Rubric.Cli.Reports;

/// <summary>The language of a report: Chinese with English beside it, or one of the two.</summary>
internal enum ReportLanguage
{
    Both,
    Chinese,
    English,
}
