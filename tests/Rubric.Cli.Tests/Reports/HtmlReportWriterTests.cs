using System.Xml;
using System.Xml.Linq;
using Rubric.Cli.Reports;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Reports;

public class HtmlReportWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Render(AssessmentReport report, ReportLanguage language = ReportLanguage.Both)
    {
        var writer = new StringWriter();
        new HtmlReportWriter(new ReportText(language)).Write(report, writer);
        return writer.ToString();
    }

    /// <summary>The page parsed as XML: the writer promises well-formed markup, so a stray tag or an unencoded '&lt;' fails here.</summary>
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static string Text(XElement element) => string.Concat(element.DescendantNodes().OfType<XText>().Select(static t => t.Value));

    [Fact]
    public void Write_Seeds_IsOneWellFormedPageWithNothingFromOutside()
    {
        var html = Render(SeedReports.WithRoster);

        var page = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        var all = page.Descendants().ToList();
        Assert.DoesNotContain(all, static e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.All(all.SelectMany(static e => e.Attributes()).Where(static a => a.Name.LocalName is "src" or "href"),
            static a => Assert.StartsWith("#", a.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Single(all, static e => e.Name.LocalName == "style");
    }

    [Fact]
    public void Write_Seeds_NamesEveryUnitAndTheCostliestItem()
    {
        var report = SeedReports.WithRoster;
        var page = Parse(Render(report));
        var centre = page.Descendants().Single(e => e.Name.LocalName == "section" && Text(e.Elements().First(x => x.Name.LocalName == "h2")).Contains("panlong-centre", StringComparison.Ordinal));
        var cards = centre.Descendants().Where(static e => (string?)e.Attribute("class") == "card").ToList();

        var body = report.Bodies.Single(b => b.BodyId == "panlong-centre");
        Assert.Equal(body.Units.Select(static u => u.UnitId), cards.Select(c => body.Units.Single(u => Text(c).Contains(u.UnitId, StringComparison.Ordinal)).UnitId));
        Assert.All(body.Units, u => Assert.Contains(u.UnitName!, Text(centre), StringComparison.Ordinal));
        var firstRow = centre.Descendants().First(static e => e.Name.LocalName == "tbody" && Text(e).Contains("t1.14", StringComparison.Ordinal)).Elements().First();
        Assert.Contains("t1.14", Text(firstRow), StringComparison.Ordinal);
        Assert.Contains("5.2", Text(firstRow), StringComparison.Ordinal);
        var school09 = cards.Single(c => Text(c).Contains("school-09", StringComparison.Ordinal));
        Assert.Contains("t1.12 −2 / 2 (18.2 %)", Text(school09), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Seeds_DrawsTheFourChartsAsInlineSvgWithTheCutOff()
    {
        var page = Parse(Render(SeedReports.WithRoster));

        var charts = page.Descendants(Svg + "svg").ToList();
        Assert.Equal(4, charts.Count);
        Assert.All(charts, static c => Assert.NotNull(c.Element(Svg + "title")));
        Assert.Contains(charts[0].Descendants(Svg + "text"), static t => t.Value.Contains("38.3", StringComparison.Ordinal) && t.Value.Contains("cut-off", StringComparison.Ordinal));
        Assert.Single(charts[0].Descendants(Svg + "line"), static l => (string?)l.Attribute("stroke-dasharray") is not null);
    }

    [Fact]
    public void Write_Seeds_AwardedBarsDifferByPatternAndMarkNotByColourAlone()
    {
        var chart = Parse(Render(SeedReports.WithRoster)).Descendants(Svg + "svg").First();

        var bars = chart.Descendants(Svg + "rect").Where(static r => r.Parent!.Name != Svg + "pattern").Skip(2).ToList();
        var hatched = bars.Count(static r => ((string?)r.Attribute("fill"))!.StartsWith("url(#", StringComparison.Ordinal));
        Assert.Equal(3, hatched);
        Assert.Equal(["★ 40.5", "★ 38.9", "★ 38.3"], chart.Descendants(Svg + "text").Select(static t => t.Value).Where(static v => v.StartsWith("★ 3", StringComparison.Ordinal) || v.StartsWith("★ 4", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en", "Assessment report", "考核结果报告")]
    [InlineData("zh-CN", "考核结果报告", "Assessment report")]
    public void Write_OneLanguage_LeavesTheOtherOut(string lang, string present, string absent)
    {
        var language = lang == "en" ? ReportLanguage.English : ReportLanguage.Chinese;
        var html = Render(SeedReports.WithRoster, language);

        Assert.Contains(present, html, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, html, StringComparison.Ordinal);
        Assert.Contains(language == ReportLanguage.English ? "lang=\"en\"" : "lang=\"zh-CN\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Both_PutsTheEnglishBesideTheChinese()
    {
        var html = Render(SeedReports.WithRoster);

        Assert.Contains("考核结果报告 <span class=\"en\" lang=\"en\">Assessment report</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ManyUnits_ShowsTheTopAndBottomCardsAndSaysHowManyAreLeftOut()
    {
        var report = SeedReports.Many(500);

        var page = Parse(Render(report, ReportLanguage.English));

        var cards = page.Descendants().Where(static e => (string?)e.Attribute("class") == "card").Select(Text).ToList();
        Assert.Equal(ReportLimits.Cards, cards.Count);
        Assert.Contains("u00001", cards[0], StringComparison.Ordinal);
        Assert.Contains("u00500", cards[^1], StringComparison.Ordinal);
        Assert.Contains("460 units not shown", Text(page.Root!), StringComparison.Ordinal);
        var unitChart = page.Descendants(Svg + "svg").First();
        Assert.Equal(ReportLimits.ChartUnits + 1, unitChart.Descendants(Svg + "text").Count(static t => t.Attribute("text-anchor")?.Value == "end"));
    }

    [Fact]
    public void Write_ManyUnitsWithAwards_ListsTheTopAndBottomOfTheRankingAndHowManyWereAwarded()
    {
        var page = Parse(Render(SeedReports.Many(500, withAwards: true), ReportLanguage.English));

        var table = page.Descendants().First(static e => e.Name.LocalName == "tbody");
        var rows = table.Elements().ToList();
        Assert.Equal(ReportLimits.Cards + 1, rows.Count);
        Assert.Contains("460 units not shown; 250 awarded in all", Text(rows[ReportLimits.Cards / 2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoRoster_ReportsAllInputsWithoutAwards()
    {
        var page = Parse(Render(SeedReports.Analyze(withRoster: false), ReportLanguage.English));

        var section = Assert.Single(page.Descendants(), static e => e.Name.LocalName == "section");
        Assert.Contains("All inputs", Text(section), StringComparison.Ordinal);
        Assert.DoesNotContain("cut-off", Text(section), StringComparison.Ordinal);
        Assert.Equal(3, page.Descendants(Svg + "svg").Count() - 1);
    }
}
