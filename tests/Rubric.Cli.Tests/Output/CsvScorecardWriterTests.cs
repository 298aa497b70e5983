using System.Globalization;
using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Output;

public class CsvScorecardWriterTests
{
    [Fact]
    public void Write_TwoUnits_OneRowEachWithTotalsAndTaskScores()
    {
        var csv = Scored.Write(w => new CsvScorecardWriter(w, explain: false, ExplanationLanguage.English), TestRubrics.School01(), TestRubrics.School02());

        Assert.Equal(
            "unit,name,round,self,assessor,gap,score,t1 self,t1 assessor\r\n"
            + "school-01,\"盘龙镇中心小学, 东校区\",annual,10,5.9,4.1,5.9,10,5.9\r\n"
            + "school-02,盘龙镇第二小学,annual,10,10,0,10,10,10\r\n",
            csv);
    }

    [Fact]
    public void Write_Explain_AddsQuotedMultiLineColumn()
    {
        var csv = Scored.Write(w => new CsvScorecardWriter(w, explain: true, ExplanationLanguage.English), TestRubrics.School01());

        Assert.StartsWith("unit,name,round,self,assessor,gap,score,t1 self,t1 assessor,lost points\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Item 1 (t1.1): requirement not met; lost 1 of 1.\n", csv, StringComparison.Ordinal);
        Assert.Contains("Item 16 (t1.16): judged 1.5 of 2; lost 0.5.\"\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GermanCulture_NumbersKeepTheDecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");

            var csv = Scored.Write(w => new CsvScorecardWriter(w, explain: false, ExplanationLanguage.English), TestRubrics.School01());

            Assert.Contains(",10,5.9,4.1,5.9,", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("5,9", csv, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
