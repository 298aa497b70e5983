namespace Rubric.Cli.Commands;

/// <summary>
/// Diagnostic codes only the command line raises (RUB19xx, kept apart from the loader's RUB1xxx
/// codes so the two never collide).
/// </summary>
internal static class HostDiagnosticCodes
{
    /// <summary>RUB1901: the file is none of rubric, assessment, roster or plan.</summary>
    public const string UnknownDocument = "RUB1901";

    /// <summary>RUB1902: the file does not exist or cannot be read.</summary>
    public const string FileNotFound = "RUB1902";

    /// <summary>RUB1903: a rubric a plan names is missing, invalid, or not what the plan says (its id, unit kind, or a tie-breaker's task or stage).</summary>
    public const string PlanRubricMismatch = "RUB1903";

    /// <summary>RUB1904: an assessment given to a plan is for a rubric the plan does not name; it is refused, not scored.</summary>
    public const string RubricNotInPlan = "RUB1904";

    /// <summary>RUB1910: a cell of an imported scoring sheet cannot be read as the item's observation.</summary>
    public const string BadCell = "RUB1910";

    /// <summary>RUB1911: an imported scoring sheet lacks a header field or the item table.</summary>
    public const string BadSheet = "RUB1911";

    /// <summary>RUB1912 (warning): an imported sheet has the layout from before the score columns; its cells are read as observations.</summary>
    public const string EarlierSheetLayout = "RUB1912";
}
