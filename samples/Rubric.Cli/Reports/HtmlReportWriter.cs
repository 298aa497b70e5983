using System.Globalization;
using System.Text;
using Rubric.Engine;

namespace Rubric.Cli.Reports;

/// <summary>
/// Writes a report as one self-contained HTML page: the style inline, the charts inline SVG drawn
/// here, no script and nothing fetched from the network; laid out for A4 when printed. The markup
/// is also well-formed XML (void elements closed, text encoded), so tests can parse it.
/// </summary>
internal sealed class HtmlReportWriter(ReportText text)
{
    private const string Style = """
        :root { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #111; }
        body { margin: 24px auto; max-width: 980px; padding: 0 16px; line-height: 1.45; font-size: 14px; }
        h1 { font-size: 24px; margin-bottom: 4px; }
        h2 { font-size: 19px; border-bottom: 2px solid #111; padding-bottom: 2px; margin-top: 36px; }
        h3 { font-size: 16px; margin: 22px 0 8px; }
        .en { color: #444; font-weight: normal; }
        .meta, .note { color: #333; }
        .note { border-left: 4px solid #111; padding: 4px 10px; background: #f4f4f4; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 12.5px; }
        th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }
        th { background: #eee; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        dl.facts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 8px 0; }
        dl.facts div { min-width: 120px; }
        dl.facts dt { font-size: 12px; color: #333; }
        dl.facts dd { margin: 0; font-size: 18px; font-weight: bold; }
        figure { margin: 12px 0 20px; }
        figcaption { font-weight: bold; margin-bottom: 4px; }
        svg.chart { max-width: 100%; height: auto; font-size: 11px; }
        svg text.ref { font-weight: bold; }
        svg text.gap { font-style: italic; }
        .cards { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
        .card { border: 1px solid #555; padding: 6px 10px; break-inside: avoid; }
        .card h4 { margin: 0 0 4px; font-size: 14px; }
        .card ol, .card ul { margin: 4px 0; padding-left: 20px; }
        .card li { margin-bottom: 3px; }
        .why { display: block; font-size: 12px; color: #333; }
        .award { font-weight: bold; }
        .skipped { font-style: italic; text-align: center; border: 1px dashed #555; padding: 6px; grid-column: 1 / -1; }
        nav ul { columns: 2; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          nav { display: none; }
          section.body + section.body { break-before: page; }
          figure, .card, tr, dl.facts { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          .cards { grid-template-columns: 1fr 1fr; }
        }
        """;

    private readonly ReportText _text = text;

    public void Write(AssessmentReport report, TextWriter writer)
    {
        var html = new StringBuilder(64 * 1024);
        var title = _text.Plain("考核结果报告", "Assessment report") + " — " + report.RubricTitle;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(_text.DocumentLanguage).Append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>").Append(ReportText.Encode(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        Header(report, html);
        var shown = report.Bodies.Where(static b => b.Units.Count > 0 || b.Unscored.Count > 0).ToArray();
        if (shown.Length > 1)
        {
            html.Append("<nav><h2>").Append(_text.Html("目录", "Contents")).Append("</h2><ul>");
            for (var i = 0; i < shown.Length; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#body-{i}\">").Append(BodyTitle(report, shown[i])).Append("</a></li>");
            }

            html.Append("</ul></nav>\n");
        }

        for (var i = 0; i < shown.Length; i++)
        {
            Body(report, shown[i], i, html);
        }

        var empty = report.Bodies.Where(static b => b.Units.Count == 0 && b.Unscored.Count == 0).ToArray();
        if (empty.Length > 0)
        {
            html.Append("<p class=\"note\">").Append(_text.Html("以下机构名下没有此类单位：", "Bodies with no unit of this kind to report on: "))
                .Append(string.Join(", ", empty.Select(b => ReportText.Encode(b.BodyName ?? b.BodyId ?? string.Empty)))).Append("</p>\n");
        }

        html.Append("</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private void Header(AssessmentReport report, StringBuilder html)
    {
        var scored = report.Bodies.Sum(static b => b.Units.Count);
        var unscored = report.Bodies.Sum(static b => b.Unscored.Count);
        html.Append("<header><h1>").Append(_text.Html("考核结果报告", "Assessment report")).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(ReportText.Encode(report.RubricTitle)).Append(" (").Append(ReportText.Encode(report.RubricId)).Append(") · ")
            .Append(_text.Html("满分", "out of")).Append(' ').Append(ReportText.Points(report.Points)).Append(" · ")
            .Append(_text.Html("已评分单位", "units scored")).Append(' ').Append(ReportText.Count(scored)).Append(" · ")
            .Append(_text.Html("未评分", "not scored")).Append(' ').Append(ReportText.Count(unscored)).Append("</p>\n");
        if (report.ItemPoints < report.Points)
        {
            html.Append("<p class=\"note\">").Append(_text.Html(
                $"评分细则不完整：各细则合计 {ReportText.Points(report.ItemPoints)} 分，满分 {ReportText.Points(report.Points)} 分。",
                $"The sheet is incomplete: its items add up to {ReportText.Points(report.ItemPoints)} of the {ReportText.Points(report.Points)} points.")).Append("</p>\n");
        }

        html.Append("<p class=\"meta\">").Append(_text.Html(
            "失分 = 细则分值 − 计分栏（有考核分用考核分，否则用自查分）得分；自评偏高 = 自查分高于考核分。",
            "Points lost = an item's points minus its score in the column that counts (the assessor's when filled, else the self score); over-claim = self score above the assessor's.")).Append("</p>\n</header>\n");
    }

    private string BodyTitle(AssessmentReport report, BodyAnalysis body) => body.BodyId is null
        ? (report.Bodies.Count > 1 ? _text.Html("名册以外的单位", "Units not on the roster") : _text.Html("全部输入", "All inputs"))
        : ReportText.Encode(body.BodyName ?? body.BodyId) + " <span class=\"en\">(" + ReportText.Encode(body.BodyId) + ")</span>";

    private void Body(AssessmentReport report, BodyAnalysis body, int index, StringBuilder html)
    {
        var id = "body-" + index.ToString(CultureInfo.InvariantCulture);
        html.Append("<section class=\"body\" id=\"").Append(id).Append("\">\n<h2>").Append(BodyTitle(report, body)).Append("</h2>\n");
        if (body.BodyId is null && report.Bodies.Count > 1)
        {
            html.Append("<p class=\"note\">").Append(_text.Html("这些评估的单位不在名册任何机构之下。", "These assessments name units that no body of the roster lists.")).Append("</p>\n");
        }

        if (body.Units.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(_text.Html("没有已评分的单位。", "No unit has a score.")).Append("</p>\n");
            Unscored(body, html);
            html.Append("</section>\n");
            return;
        }

        var totals = body.Totals;
        html.Append("<dl class=\"facts\">");
        Fact(html, _text.Html("已评分", "scored"), ReportText.Count(body.Units.Count));
        Fact(html, _text.Html("未评分", "not scored"), ReportText.Count(body.Unscored.Count));
        Fact(html, _text.Html("平均分", "mean"), ReportText.Mean(totals.Mean));
        Fact(html, _text.Html("中位数", "median"), ReportText.Mean(totals.Median));
        Fact(html, _text.Html("最低 – 最高", "lowest – highest"), ReportText.Points(totals.Minimum) + " – " + ReportText.Points(totals.Maximum));
        Fact(html, _text.Html("失分合计", "points lost"), ReportText.Points(body.Lost));
        html.Append("</dl>\n");

        Awards(body, html);
        Charts(report, body, id, html);
        Items(body, html);
        Cards(body, html);

        Unscored(body, html);
        html.Append("</section>\n");
    }

    private static void Fact(StringBuilder html, string label, string value) =>
        html.Append("<div><dt>").Append(label).Append("</dt><dd>").Append(ReportText.Encode(value)).Append("</dd></div>");

    private void Awards(BodyAnalysis body, StringBuilder html)
    {
        foreach (var award in body.Awards)
        {
            html.Append("<h3>").Append(ReportText.Encode(award.PolicyName)).Append(' ').Append(_text.Html("评优", "award")).Append("</h3>\n<p>")
                .Append(_text.Html(
                    $"名额 {award.Quota} × {award.PopulationSize} = {ReportText.Points(award.RawQuota)}，取整（{award.Rounding}）为 {award.RoundedQuota}；分数线 {ReportText.Points(award.CutOffScore)}。",
                    $"Quota {award.Quota} of {award.PopulationSize} = {ReportText.Points(award.RawQuota)}, rounded ({award.Rounding}) to {award.RoundedQuota}; cut-off {ReportText.Points(award.CutOffScore)}."))
                .Append("</p>\n<table><thead><tr><th class=\"n\">").Append(_text.Html("名次", "rank")).Append("</th><th>").Append(_text.Html("单位", "unit"))
                .Append("</th><th class=\"n\">").Append(_text.Html("得分", "score")).Append("</th><th>").Append(_text.Html("结果", "result")).Append("</th></tr></thead><tbody>");
            var (top, skipped, bottom) = ReportLimits.TopAndBottom(award.Ranking, ReportLimits.Cards);
            foreach (var unit in top.Concat(bottom))
            {
                if (skipped > 0 && ReferenceEquals(unit, bottom[0]))
                {
                    html.Append("<tr><td colspan=\"4\" class=\"skipped\">").Append(_text.Html(
                        $"… 省略 {ReportText.Count(skipped)} 个单位；共 {ReportText.Count(award.AwardedCount)} 个单位获评，完整名单见 xlsx 或 json …",
                        $"… {ReportText.Count(skipped)} units not shown; {ReportText.Count(award.AwardedCount)} awarded in all, the full list is in the xlsx and json formats …")).Append("</td></tr>");
                }

                var result = unit.IsAwarded ? "★ " + _text.Html("获评", "awarded") : _text.Html("未获评", "not awarded");
                if (unit.IsTiedAtCutOff)
                {
                    result += "（" + _text.Html("分数线并列", "tied at the cut-off") + "）";
                }

                html.Append("<tr><td class=\"n\">").Append(unit.Rank.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(ReportText.Encode(unit.UnitName))
                    .Append("</td><td class=\"n\">").Append(ReportText.Points(unit.Score)).Append("</td><td").Append(unit.IsAwarded ? " class=\"award\"" : string.Empty).Append('>').Append(result).Append("</td></tr>");
            }

            html.Append("</tbody></table>\n");
            foreach (var note in award.Notes)
            {
                html.Append("<p class=\"meta\" lang=\"en\">").Append(ReportText.Encode(note)).Append("</p>\n");
            }
        }
    }

    private void Charts(AssessmentReport report, BodyAnalysis body, string id, StringBuilder html)
    {
        var scale = Math.Max(report.ItemPoints, body.Totals.Maximum ?? 0m);
        var award = body.Awards.FirstOrDefault(static a => a.CutOffScore is not null);
        var awarded = award is null ? [] : award.Awarded.Select(static u => u.UnitId).ToHashSet(StringComparer.Ordinal);
        var (top, skipped, bottom) = ReportLimits.TopAndBottom(body.Units, ReportLimits.ChartUnits);
        var shownNote = skipped > 0
            ? _text.Plain($"（前 {top.Count} 名与后 {bottom.Count} 名）", $"(top {top.Count} and bottom {bottom.Count})")
            : string.Empty;

        var totalRows = Rows(top, skipped, bottom, u => [new Bar(u.Score, awarded.Contains(u.UnitId) ? BarStyle.Hatched : BarStyle.Solid, (awarded.Contains(u.UnitId) ? "★ " : string.Empty) + ReportText.Points(u.Score))]);
        var legend = new List<(BarStyle, string)> { (BarStyle.Solid, _text.Plain("得分", "score")) };
        if (award is not null)
        {
            legend.Add((BarStyle.Hatched, "★ " + award.PolicyName + " " + _text.Plain("获评", "awarded")));
        }

        var cutOff = award?.CutOffScore is { } cut ? (cut, _text.Plain("分数线", "cut-off") + " " + ReportText.Points(cut)) : ((decimal, string)?)null;
        Figure(html, _text.Html("各单位得分", "Totals per unit") + ReportText.Encode(shownNote), SvgChart.Bars(id + "-totals", _text.Plain("各单位得分", "Totals per unit"), totalRows, scale, legend, cutOff));

        var bins = body.Totals.Bins.Select(b => new BarRow($"{ReportText.Points(b.Lower)} – {ReportText.Points(b.Upper)}", [new Bar(b.Count, BarStyle.Solid, ReportText.Count(b.Count))])).ToArray();
        Figure(html, _text.Html("得分分布", "Distribution of totals"), SvgChart.Bars(id + "-spread", _text.Plain("得分分布", "Distribution of totals"), bins, bins.Max(static b => b.Bars[0].Value), [(BarStyle.Solid, _text.Plain("单位数", "units"))]));

        var costliest = body.CostliestItems.Take(ReportLimits.ChartItems).ToArray();
        if (costliest.Length > 0)
        {
            var itemRows = costliest.Select(i => new BarRow(i.ItemId + " " + i.Text, [new Bar(i.TotalLost, BarStyle.Solid, $"{ReportText.Points(i.TotalLost)} ({ReportText.Count(i.UnitsLosing)} {_text.Plain("个单位", "units")})")])).ToArray();
            Figure(html, _text.Html("各细则失分合计", "Points lost per item, all units") + ReportText.Encode(costliest.Length < body.CostliestItems.Count ? _text.Plain($"（前 {costliest.Length} 项）", $"(top {costliest.Length})") : string.Empty),
                SvgChart.Bars(id + "-items", _text.Plain("各细则失分合计", "Points lost per item"), itemRows, costliest[0].TotalLost, [(BarStyle.Solid, _text.Plain("失分（单位数）", "points lost (units losing)"))]));
        }

        if (body.Units.Any(static u => u.Gap is not null))
        {
            var pairRows = Rows(top, skipped, bottom, u => [
                new Bar(u.SelfTotal ?? 0m, BarStyle.Outline, _text.Plain("自", "self", "自") + " " + ReportText.Points(u.SelfTotal)),
                new Bar(u.AssessorTotal ?? 0m, BarStyle.Solid, _text.Plain("考", "assessor", "考") + " " + ReportText.Points(u.AssessorTotal) + (u.Gap is { } g && g != 0m ? " (" + ReportText.Signed(g) + ")" : string.Empty)),
            ]);
            Figure(html, _text.Html("自查分与考核分", "Self versus assessor") + ReportText.Encode(shownNote), SvgChart.Bars(id + "-gap", _text.Plain("自查分与考核分", "Self versus assessor"), pairRows, scale,
                [(BarStyle.Outline, _text.Plain("自查分", "self score")), (BarStyle.Solid, _text.Plain("考核分（括号内为差）", "assessor score (gap in brackets)"))]));
        }
    }

    private List<BarRow> Rows(IReadOnlyList<UnitAnalysis> top, int skipped, IReadOnlyList<UnitAnalysis> bottom, Func<UnitAnalysis, IReadOnlyList<Bar>> bars)
    {
        var rows = top.Select(u => new BarRow(Name(u), bars(u))).ToList();
        if (skipped > 0)
        {
            rows.Add(new BarRow(_text.Plain($"… 省略 {ReportText.Count(skipped)} 个单位 …", $"… {ReportText.Count(skipped)} units not shown …"), []));
            rows.AddRange(bottom.Select(u => new BarRow(Name(u), bars(u))));
        }

        return rows;
    }

    private static string Name(UnitAnalysis unit) => unit.Rank.ToString(CultureInfo.InvariantCulture) + ". " + (unit.UnitName ?? unit.UnitId);

    private static void Figure(StringBuilder html, string caption, string svg) =>
        html.Append("<figure><figcaption>").Append(caption).Append("</figcaption>").Append(svg).Append("</figure>\n");

    private void Items(BodyAnalysis body, StringBuilder html)
    {
        html.Append("<h3>").Append(_text.Html("细则分析（按失分合计排序）", "Item analysis, by points lost")).Append("</h3>\n<table><thead><tr>");
        foreach (var (zh, en, numeric) in new[]
        {
            ("排序", "rank", true), ("细则", "item", false), ("分值", "points", true), ("失分单位数", "units losing", true), ("失分合计", "lost in all", true),
            ("平均失分", "mean loss", true), ("最大失分", "largest", true), ("自查−考核 平均差", "mean self − assessor", true), ("自评偏高单位数", "units over-claiming", true),
        })
        {
            html.Append(numeric ? "<th class=\"n\">" : "<th>").Append(_text.Html(zh, en)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var rank = 0;
        foreach (var item in body.CostliestItems.Concat(body.Items.Where(static i => i.TotalLost == 0m)))
        {
            rank++;
            html.Append("<tr><td class=\"n\">").Append(item.TotalLost > 0m ? rank.ToString(CultureInfo.InvariantCulture) : "–").Append("</td><td><b>").Append(ReportText.Encode(item.ItemId)).Append("</b> ")
                .Append(ReportText.Encode(item.Text)).Append("</td>");
            foreach (var cell in new[]
            {
                ReportText.Points(item.Points), ReportText.Count(item.UnitsLosing), ReportText.Points(item.TotalLost), ReportText.Mean(item.MeanLoss),
                ReportText.Points(item.LargestLoss), ReportText.Signed(item.MeanGap), ReportText.Count(item.UnitsOverClaiming),
            })
            {
                html.Append("<td class=\"n\">").Append(ReportText.Encode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>\n");
    }

    private void Cards(BodyAnalysis body, StringBuilder html)
    {
        var awarded = body.Awards.SelectMany(static a => a.Awarded.Select(u => (u.UnitId, a.PolicyName))).ToLookup(static x => x.UnitId, static x => x.PolicyName, StringComparer.Ordinal);
        var (top, skipped, bottom) = ReportLimits.TopAndBottom(body.Units, ReportLimits.Cards);
        html.Append("<h3>").Append(_text.Html("各单位失分原因", "Why each unit lost points")).Append("</h3>\n");
        if (skipped > 0)
        {
            html.Append("<p class=\"note\">").Append(_text.Html(
                $"单位较多：只列出前 {top.Count} 名与后 {bottom.Count} 名，其余 {ReportText.Count(skipped)} 个单位见 xlsx 或 json 格式。",
                $"Many units: only the top {top.Count} and the bottom {bottom.Count} are shown; the other {ReportText.Count(skipped)} are in the xlsx and json formats.")).Append("</p>\n");
        }

        html.Append("<div class=\"cards\">");
        foreach (var unit in top)
        {
            Card(unit, awarded[unit.UnitId], html);
        }

        if (skipped > 0)
        {
            html.Append("<p class=\"skipped\">").Append(_text.Html($"… 省略 {ReportText.Count(skipped)} 个单位 …", $"… {ReportText.Count(skipped)} units not shown …")).Append("</p>");
            foreach (var unit in bottom)
            {
                Card(unit, awarded[unit.UnitId], html);
            }
        }

        html.Append("</div>\n");
    }

    private void Card(UnitAnalysis unit, IEnumerable<string> awards, StringBuilder html)
    {
        html.Append("<div class=\"card\"><h4>").Append(unit.Rank.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(ReportText.Encode(unit.UnitName ?? unit.UnitId))
            .Append(" <span class=\"en\">").Append(ReportText.Encode(unit.UnitId)).Append("</span></h4><p>")
            .Append(_text.Html("得分", "score")).Append(" <b>").Append(ReportText.Points(unit.Score)).Append("</b> · ")
            .Append(_text.Html("失分", "lost")).Append(' ').Append(ReportText.Points(unit.Lost));
        if (unit.Gap is { } gap)
        {
            html.Append(" · ").Append(_text.Html("自查分", "self")).Append(' ').Append(ReportText.Points(unit.SelfTotal)).Append(" (").Append(ReportText.Signed(gap)).Append(')');
        }

        foreach (var award in awards)
        {
            html.Append(" · <span class=\"award\">★ ").Append(ReportText.Encode(award)).Append("</span>");
        }

        html.Append("</p>");
        if (unit.Losses.Count == 0)
        {
            html.Append("<p>").Append(_text.Html("未失分。", "Lost no points.")).Append("</p>");
        }
        else
        {
            html.Append("<ol>");
            foreach (var loss in unit.Losses)
            {
                html.Append("<li><b>").Append(ReportText.Encode(loss.ItemId)).Append("</b> −").Append(ReportText.Points(loss.Amount)).Append(" / ").Append(ReportText.Points(loss.Points))
                    .Append(" (").Append(ReportText.Encode(ReportText.Percent(loss.Share))).Append(")<span class=\"why\">")
                    .Append(_text.Html(loss.ExplanationChinese, loss.Explanation, "<br />")).Append("</span></li>");
            }

            html.Append("</ol>");
        }

        if (unit.OverClaims.Count > 0)
        {
            html.Append("<p>").Append(_text.Html("自评偏高：", "Over-claimed: ")).Append(string.Join(", ", unit.OverClaims.Select(g =>
                $"{ReportText.Encode(g.ItemId)} {ReportText.Points(g.SelfScore)} → {ReportText.Points(g.AssessorScore)}"))).Append("</p>");
        }

        html.Append("</div>");
    }

    private void Unscored(BodyAnalysis body, StringBuilder html)
    {
        if (body.Unscored.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(_text.Html("未评分单位", "Units without a score")).Append("</h3>\n<ul>");
        var shown = body.Unscored.Take(ReportLimits.Cards);
        foreach (var unit in shown)
        {
            var reason = unit.Reason == UnscoredReason.NoAssessment
                ? _text.Html("没有考核记录", "no assessment")
                : _text.Html($"评分出错（{unit.ErrorCount} 处）", $"scoring failed ({unit.ErrorCount} errors)");
            html.Append("<li>").Append(ReportText.Encode(unit.UnitName ?? unit.UnitId)).Append(" <span class=\"en\">").Append(ReportText.Encode(unit.UnitId)).Append("</span>: ").Append(reason).Append("</li>");
        }

        if (body.Unscored.Count > ReportLimits.Cards)
        {
            var more = body.Unscored.Count - ReportLimits.Cards;
            html.Append("<li class=\"skipped\">").Append(_text.Html($"… 另有 {ReportText.Count(more)} 个，见 xlsx 或 json", $"… {ReportText.Count(more)} more, listed in the xlsx and json formats")).Append("</li>");
        }

        html.Append("</ul>\n");
    }
}
