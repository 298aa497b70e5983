using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public class SelfAssessmentGapTests
{
    private static SelfAssessmentGap Gap()
    {
        var assessment = new Assessment("a", AssessmentRound.Unannounced, Column(10m, 10m), Column(8m, 10m, flatsLost: 1)) { UnitName = "盘龙小学" };
        return Assert.Single(SelfAssessmentGapAnalysis.Find([Score(Sheet(), assessment)], margin: 0m));
    }

    [Fact]
    public void ToString_OverClaimingUnit_ShowsTotalsGapAndItemCount()
    {
        Assert.Equal("a: self 40, assessor 33, gap 7 over 2 item(s)", Gap().ToString());
    }

    [Fact]
    public void Properties_OverClaimingUnit_CarryNameAndRound()
    {
        var gap = Gap();

        Assert.Equal(("盘龙小学", AssessmentRound.Unannounced), (gap.UnitName, gap.Round));
    }

    [Fact]
    public void Describe_OverClaimingUnit_ListsEachItem()
    {
        Assert.Equal(
            "a: self 40, assessor 33, gap 7 over 2 item(s)\n" +
            "  t2.1: self 5, assessor 0, over-claimed 5 of 5\n" +
            "  t1.1: self 10, assessor 8, over-claimed 2 of 10\n",
            Gap().Describe().ReplaceLineEndings("\n"));
    }
}
