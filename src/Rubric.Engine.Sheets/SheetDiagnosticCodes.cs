namespace Rubric.Engine.Sheets;

/// <summary>
/// The diagnostic codes of reading a scoring sheet into a rubric (RUB14xx). Errors stop the
/// import; warnings mark an item that was written as judged and needs its author's review, and
/// become errors with <see cref="RubricSheetImportOptions.Strict"/>. A diagnostic's line and
/// column are the sheet's row and column, counted from 1. See <c>docs/diagnostics.md</c>.
/// </summary>
public static class SheetDiagnosticCodes
{
    /// <summary>RUB1401: the file is not a workbook, Word document or CSV file that can be read, or its format is not known from its name.</summary>
    public const string Unreadable = "RUB1401";

    /// <summary>RUB1402: no row names the columns 工作任务, 阶段, 考核内容 and 分值 (or task, stage, item, points), or no item follows it.</summary>
    public const string NoItemTable = "RUB1402";

    /// <summary>RUB1403: a cell cannot be read: points that are not a number, a task or stage without its points (（25分）), an item before any task.</summary>
    public const string InvalidCell = "RUB1403";

    /// <summary>RUB1404 (warning): an item's deduction clause fits none of the rule families, or the item states no rule at all; it is written as judged.</summary>
    public const string UnrecognisedClause = "RUB1404";

    /// <summary>RUB1405 (warning): an item's deduction clause fits more than one reading (a rate or a cap, anyOf or flat); it is written as judged.</summary>
    public const string AmbiguousClause = "RUB1405";

    /// <summary>RUB1406 (warning): an item's clause adds points (加N分) or speaks in percentages, which no rule kind deducts; it is written as judged.</summary>
    public const string NotADeduction = "RUB1406";
}
