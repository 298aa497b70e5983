using MiniExcelLibs;
using Rubric.Engine;

namespace Rubric.Cli.Reports;

/// <summary>
/// Writes a report as a workbook, one sheet per view of the page, every unit included (the page
/// shows the top and bottom of a large body; offices that sort and filter get all of it). Points
/// are numbers in the cells, exact as scored; shares and means are rounded as the page shows them.
/// Rows are made as the workbook is written, not held: 100,000 units have some 700,000 reasons.
/// </summary>
internal sealed class XlsxReportWriter(ReportText text)
{
    private readonly ReportText _text = text;
    private bool _hasRoster;

    public void Write(AssessmentReport report, Stream stream)
    {
        // Without a roster the one group is every input; with one, a group without a body holds the units on no body's list.
        _hasRoster = report.Bodies.Count > 1;
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [_text.Plain("概况", "Summary")] = Summary(report),
            [_text.Plain("单位", "Units")] = Units(report),
            [_text.Plain("失分原因", "Reasons")] = Reasons(report),
            [_text.Plain("自评偏高", "Over-claims")] = OverClaims(report),
            [_text.Plain("细则分析", "Items")] = Items(report),
            [_text.Plain("得分分布", "Distribution")] = Distribution(report),
            [_text.Plain("评优", "Awards")] = Awards(report),
            [_text.Plain("未评分", "Not scored")] = Unscored(report),
        };
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
    }

    private string Body(BodyAnalysis body) =>
        body.BodyName ?? (_hasRoster ? _text.Plain("名册以外的单位", "Units not on the roster") : _text.Plain("全部输入", "All inputs"));

    private IEnumerable<Dictionary<string, object?>> Summary(AssessmentReport report) =>
        report.Bodies.Select(b => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("机构编号", "body id"), b.BodyId),
            (_text.Plain("已评分", "scored"), b.Units.Count),
            (_text.Plain("未评分", "not scored"), b.Unscored.Count),
            (_text.Plain("平均分", "mean"), Rounded(b.Totals.Mean)),
            (_text.Plain("中位数", "median"), b.Totals.Median),
            (_text.Plain("最低分", "lowest"), b.Totals.Minimum),
            (_text.Plain("最高分", "highest"), b.Totals.Maximum),
            (_text.Plain("失分合计", "points lost"), b.Lost),
            (_text.Plain("失分最多的细则", "costliest item"), First(b.CostliestItems)?.ItemId)));

    private IEnumerable<Dictionary<string, object?>> Units(AssessmentReport report) =>
        report.Bodies.SelectMany(b => b.Units.Select(u => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("名次", "rank"), u.Rank),
            (_text.Plain("单位编号", "unit id"), u.UnitId),
            (_text.Plain("单位名称", "unit name"), u.UnitName),
            (_text.Plain("得分", "score"), u.Score),
            (_text.Plain("自查分", "self"), u.SelfTotal),
            (_text.Plain("考核分", "assessor"), u.AssessorTotal),
            (_text.Plain("自查−考核", "self − assessor"), u.Gap),
            (_text.Plain("失分", "lost"), u.Lost),
            (_text.Plain("失分最多的细则", "costliest item"), First(u.Losses)?.ItemId),
            (_text.Plain("该细则失分", "its loss"), First(u.Losses)?.Amount))));

    private IEnumerable<Dictionary<string, object?>> Reasons(AssessmentReport report) =>
        report.Bodies.SelectMany(b => b.Units.SelectMany(u => u.Losses.Select((l, i) => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("单位编号", "unit id"), u.UnitId),
            (_text.Plain("单位名称", "unit name"), u.UnitName),
            (_text.Plain("顺序", "order"), i + 1),
            (_text.Plain("细则", "item"), l.ItemId),
            (_text.Plain("考核内容", "item text"), l.Text),
            (_text.Plain("分值", "points"), l.Points),
            (_text.Plain("失分", "lost"), l.Amount),
            (_text.Plain("占失分 %", "share %"), Math.Round(l.Share * 100m, 1, MidpointRounding.AwayFromZero)),
            (_text.Plain("失分说明", "explanation"), _text.PlainSentence(l.ExplanationChinese, l.Explanation))))));

    private IEnumerable<Dictionary<string, object?>> OverClaims(AssessmentReport report) =>
        report.Bodies.SelectMany(b => b.Units.SelectMany(u => u.OverClaims.Select(g => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("单位编号", "unit id"), u.UnitId),
            (_text.Plain("单位名称", "unit name"), u.UnitName),
            (_text.Plain("细则", "item"), g.ItemId),
            (_text.Plain("分值", "points"), g.Points),
            (_text.Plain("自查分", "self"), g.SelfScore),
            (_text.Plain("考核分", "assessor"), g.AssessorScore),
            (_text.Plain("差", "gap"), g.Gap)))));

    private IEnumerable<Dictionary<string, object?>> Items(AssessmentReport report) =>
        report.Bodies.Where(static b => b.Units.Count > 0).SelectMany(b => b.CostliestItems.Concat(b.Items.Where(static i => i.TotalLost == 0m)).Select((i, k) => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("排序", "rank"), i.TotalLost > 0m ? k + 1 : null),
            (_text.Plain("细则", "item"), i.ItemId),
            (_text.Plain("任务", "task"), i.TaskId),
            (_text.Plain("考核内容", "item text"), i.Text),
            (_text.Plain("分值", "points"), i.Points),
            (_text.Plain("失分单位数", "units losing"), i.UnitsLosing),
            (_text.Plain("失分合计", "lost in all"), i.TotalLost),
            (_text.Plain("平均失分", "mean loss"), Rounded(i.MeanLoss)),
            (_text.Plain("最大失分", "largest loss"), i.LargestLoss),
            (_text.Plain("两栏都填的单位数", "units compared"), i.UnitsCompared),
            (_text.Plain("自查−考核 平均差", "mean self − assessor"), Rounded(i.MeanGap)),
            (_text.Plain("自评偏高单位数", "units over-claiming"), i.UnitsOverClaiming))));

    private IEnumerable<Dictionary<string, object?>> Distribution(AssessmentReport report) =>
        report.Bodies.SelectMany(b => b.Totals.Bins.Select(bin => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("从（含）", "from"), bin.Lower),
            (_text.Plain("到（不含）", "below"), bin.Upper),
            (_text.Plain("单位数", "units"), bin.Count))));

    private IEnumerable<Dictionary<string, object?>> Awards(AssessmentReport report) =>
        report.Bodies.SelectMany(b => b.Awards.SelectMany(a => a.Ranking.Select(u => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("奖项", "award"), a.PolicyName),
            (_text.Plain("名额", "quota"), a.RoundedQuota),
            (_text.Plain("分数线", "cut-off"), a.CutOffScore),
            (_text.Plain("名次", "rank"), u.Rank),
            (_text.Plain("单位编号", "unit id"), u.UnitId),
            (_text.Plain("单位名称", "unit name"), u.UnitName),
            (_text.Plain("得分", "score"), u.Score),
            (_text.Plain("获评", "awarded"), u.IsAwarded ? _text.Plain("是", "yes") : _text.Plain("否", "no"))))));

    private IEnumerable<Dictionary<string, object?>> Unscored(AssessmentReport report) =>
        report.Bodies.SelectMany(b => b.Unscored.Select(u => Row(
            (_text.Plain("机构", "body"), Body(b)),
            (_text.Plain("单位编号", "unit id"), u.UnitId),
            (_text.Plain("单位名称", "unit name"), u.UnitName),
            (_text.Plain("原因", "reason"), u.Reason == UnscoredReason.NoAssessment ? _text.Plain("没有考核记录", "no assessment") : _text.Plain("评分出错", "scoring failed")),
            (_text.Plain("错误数", "errors"), u.ErrorCount))));

    private static T? First<T>(IReadOnlyList<T> list)
        where T : class => list.Count > 0 ? list[0] : null;

    private static decimal? Rounded(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (header, value) in cells)
        {
            row[header] = value;
        }

        return row;
    }
}
