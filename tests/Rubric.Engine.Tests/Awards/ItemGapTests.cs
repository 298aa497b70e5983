using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public class ItemGapTests
{
    private static ItemGap[] Items()
    {
        var assessment = new Assessment("a", AssessmentRound.Annual, Column(10m, 10m), Column(8m, 10m, flatsLost: 1));
        return [.. SelfAssessmentGapAnalysis.Find([Score(Sheet(), assessment)], margin: 0m).Single().Items];
    }

    [Fact]
    public void Properties_FlatItemNotMet_CarryTheSheetLineAndBothScores()
    {
        var item = Items()[0];

        Assert.Equal(("t2.1", 1, "成立领导小组", 5m), (item.ItemId, item.Number, item.Text, item.Points));
        Assert.Equal((5m, 0m, 5m), (item.SelfScore, item.AssessorScore, item.Gap));
    }

    [Fact]
    public void AssessorExplanation_FlatItemNotMet_ExplainsInBothLanguages()
    {
        var item = Items()[0];

        Assert.Equal(ScoringEngine.Default.Score(Sheet(), Assessed("x", 8m, 10m, flatsLost: 1)).Scorecard!.FindItem("t2.1")!.Value.AssessorDeduction!.Explain(), item.AssessorExplanation);
        Assert.Contains("t2.1", item.AssessorExplanationChinese, StringComparison.Ordinal);
        Assert.NotEqual(item.AssessorExplanation, item.AssessorExplanationChinese);
    }

    [Fact]
    public void ToString_JudgedItem_ShowsSelfAssessorAndGap()
    {
        Assert.Equal("t1.1: self 10, assessor 8, over-claimed 2 of 10", Items()[1].ToString());
    }
}
