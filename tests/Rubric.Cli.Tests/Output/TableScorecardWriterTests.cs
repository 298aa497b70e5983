using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Output;

public class TableScorecardWriterTests
{
    [Fact]
    public void Write_Redirected_PlainTableWithoutAnsiEscapes()
    {
        var table = Scored.Write(w => new TableScorecardWriter(SpectreConsoles.Create(w, isTerminal: false), explain: false, ExplanationLanguage.English), TestRubrics.School01(), TestRubrics.School02());

        Assert.DoesNotContain('\u001b', table);
        Assert.Contains("演示评分细则", table, StringComparison.Ordinal);
        var row = table.Split('\n').Single(l => l.Contains("school-01", StringComparison.Ordinal));
        Assert.Matches(@"school-01\s+│\s+盘龙镇中心小学, 东校区\s+│\s+10\s+│\s+5\.9\s+│\s+4\.1", row);
    }

    [Fact]
    public void Write_ExplainInEnglish_SentencesFollowTheTable()
    {
        var table = Scored.Write(w => new TableScorecardWriter(SpectreConsoles.Create(w, isTerminal: false), explain: true, ExplanationLanguage.English), TestRubrics.School01());

        Assert.Contains("  - Item 7 (t1.7): 1 人 missing × 0.5 = 0.5; lost 0.5 of 2.", table, StringComparison.Ordinal);
        Assert.Contains("  - Item 13 (t1.13): achieved 17 of 20 人次, 3 short × 0.2 = 0.6; lost 0.6 of 3.", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_EscapeSequenceInUnitName_ShownEscapedNotSentToTheTerminal(bool explain)
    {
        var hostile = new Assessment("school-09", AssessmentRound.Annual, TestRubrics.Perfect(), TestRubrics.Flawed()) { UnitName = "红\u001b[2J\u001b[31m校\r[bold]", RubricId = "demo" };

        var table = Scored.Write(w => new TableScorecardWriter(SpectreConsoles.Create(w, isTerminal: false), explain, ExplanationLanguage.English), hostile);

        Assert.DoesNotContain('\u001b', table);
        Assert.DoesNotContain('\r', table);
        Assert.Contains("红\\u001B[2J\\u001B[31m校\\r[bold]", table, StringComparison.Ordinal);
    }
}
