using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Output;

public class MarkdownScorecardWriterTests
{
    [Fact]
    public void Write_TwoUnits_ATableWithARowEach()
    {
        var markdown = Scored.Write(w => new MarkdownScorecardWriter(w, explain: false, ExplanationLanguage.English), TestRubrics.School01(), TestRubrics.School02());

        Assert.Equal(
            "# 演示评分细则\n\n"
            + "| unit 单位 | name 单位名称 | self 自查分 | assessor 考核分 | gap 差 | score 得分 |\n"
            + "| --- | --- | ---: | ---: | ---: | ---: |\n"
            + "| school-01 | 盘龙镇中心小学, 东校区 | 10 | 5.9 | 4.1 | 5.9 |\n"
            + "| school-02 | 盘龙镇第二小学 | 10 | 10 | 0 | 10 |\n",
            markdown.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_ExplainInChinese_ListsEveryLostPointAfterTheTable()
    {
        var markdown = Scored.Write(w => new MarkdownScorecardWriter(w, explain: true, ExplanationLanguage.Chinese), TestRubrics.School01(), TestRubrics.School02()).ReplaceLineEndings("\n");

        Assert.Contains(
            "## school-01 盘龙镇中心小学, 东校区\n\n"
            + "- 第1项（t1.1）：未达到要求，扣1分（满分1分）。\n"
            + "- 第4项（t1.4）：未做到宣传栏，扣1分。\n"
            + "- 第6项（t1.6）：迟交，扣0.5分。\n"
            + "- 第7项（t1.7）：未完成1人，每人扣0.5分，计0.5分，扣0.5分。\n"
            + "- 第13项（t1.13）：完成17人次，要求20人次，差3人次，每人次扣0.2分，计0.6分，扣0.6分。\n"
            + "- 第16项（t1.16）：评定得1.5分（满分2分），扣0.5分。\n",
            markdown, StringComparison.Ordinal);
        Assert.Contains("## school-02 盘龙镇第二小学\n\n- 未失分。\n", markdown, StringComparison.Ordinal);
    }
}
