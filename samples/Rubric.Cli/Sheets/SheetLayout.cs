namespace Rubric.Cli.Sheets;

/// <summary>
/// The blank scoring sheet, laid out like the seed's table (评分细则): a title row, the header
/// fields (单位名称, 单位编号, 考核时间, 考核组) with their value in the second column, a blank row,
/// then the column headers and one row per item. <c>rubric import</c> reads the same layout back.
/// </summary>
internal static class SheetLayout
{
    public const int ColumnCount = 9;

    public const int TaskColumn = 0;
    public const int StageColumn = 1;
    public const int NumberColumn = 2;
    public const int TextColumn = 3;
    public const int PointsColumn = 4;
    public const int SelfColumn = 5;
    public const int AssessorColumn = 6;
    public const int IdColumn = 7;
    public const int HowToColumn = 8;

    public const string UnitName = "单位名称 unit name";
    public const string UnitId = "单位编号 unit id";
    public const string Date = "考核时间 date";
    public const string Team = "考核组 assessing team";

    public static IReadOnlyList<string> Fields { get; } = [UnitName, UnitId, Date, Team];

    public static IReadOnlyList<string> Headers { get; } =
    [
        "工作任务 task", "阶段 stage", "序号 no.", "考核内容 item", "分值 points", "自查分 self", "考核分 assessor", "编号 id", "填写说明 how to fill",
    ];

    /// <summary>Column letters as spreadsheets name them.</summary>
    public static string Letter(int column) => ((char)('A' + column)).ToString();
}
