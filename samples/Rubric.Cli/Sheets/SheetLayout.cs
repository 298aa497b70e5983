namespace Rubric.Cli.Sheets;

/// <summary>
/// The blank scoring sheet, laid out like the seed's table (评分细则): a title row, the header
/// fields (单位名称, 单位编号, 考核时间, 考核组) with their value in the second column, a blank row,
/// then the column headers, one row per item and a total row after each stage, each task and the
/// sheet. Each side has two columns: what was observed (自查情况, 考核情况) and the score
/// (自查分, 考核分). <c>rubric import</c> reads the same layout back, and <see cref="Legacy"/> too.
/// </summary>
internal static class SheetLayout
{
    public const int ColumnCount = 11;

    public const int TaskColumn = 0;
    public const int StageColumn = 1;
    public const int NumberColumn = 2;
    public const int TextColumn = 3;
    public const int PointsColumn = 4;
    public const int SelfObservedColumn = 5;
    public const int SelfScoreColumn = 6;
    public const int AssessorObservedColumn = 7;
    public const int AssessorScoreColumn = 8;
    public const int IdColumn = 9;
    public const int HowToColumn = 10;

    public const string UnitName = "单位名称 unit name";
    public const string UnitId = "单位编号 unit id";
    public const string Date = "考核时间 date";
    public const string Team = "考核组 assessing team";

    /// <summary>What the item-text cell of a total row says; import skips these rows.</summary>
    public const string StageTotal = "阶段小计 stage total";
    public const string TaskTotal = "任务合计 task total";
    public const string SheetTotal = "总分 sheet total";

    public const string SelfObservedHeader = "自查情况 self observed";
    public const string SelfScoreHeader = "自查分 self score";
    public const string AssessorObservedHeader = "考核情况 assessor observed";
    public const string AssessorScoreHeader = "考核分 assessor score";

    public static IReadOnlyList<string> Fields { get; } = [UnitName, UnitId, Date, Team];

    public static IReadOnlyList<string> TotalLabels { get; } = [StageTotal, TaskTotal, SheetTotal];

    public static IReadOnlyList<string> Headers { get; } =
    [
        "工作任务 task", "阶段 stage", "序号 no.", "考核内容 item", "分值 points",
        SelfObservedHeader, SelfScoreHeader, AssessorObservedHeader, AssessorScoreHeader, "编号 id", "填写说明 how to fill",
    ];

    /// <summary>Column letters as spreadsheets name them.</summary>
    public static string Letter(int column) => ((char)('A' + column)).ToString();

    /// <summary>
    /// The layout <c>rubric template</c> wrote before the score columns were added: one cell per
    /// side, headed 自查分 and 考核分, which held what was observed (是/否, a count, a level).
    /// </summary>
    public static class Legacy
    {
        public const int SelfColumn = 5;
        public const int AssessorColumn = 6;
        public const int IdColumn = 7;
    }
}
