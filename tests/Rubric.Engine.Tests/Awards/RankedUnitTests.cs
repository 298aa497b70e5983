using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public class RankedUnitTests
{
    [Fact]
    public void ToString_TiedUnitAfterTieBreak_ShowsRankScoreTiePlaceAndOutcome()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.StageScore, "t1.impl")));
        var rubric = Sheet(policy);
        var results = new[] { Score(rubric, Assessed("a", 10m, 5m)), Score(rubric, Assessed("b", 5m, 10m)) };

        var ranking = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!.Ranking;

        Assert.Equal("#1 a (学校 a) 35, tied at cut-off, tie-break place 2, not awarded", ranking[0].ToString());
        Assert.Equal("#1 b (学校 b) 35, tied at cut-off, tie-break place 1, awarded", ranking[1].ToString());
    }

    [Fact]
    public void Properties_UnitWithBothColumns_CarryTotalsGapRoundAndItemsLost()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);
        var result = Score(rubric, Assessed("a", 8m, 10m, flatsLost: 2, round: AssessmentRound.Unannounced, self: Column(10m, 10m)));

        var unit = AwardCalculator.Calculate(policy, Roster("a"), [result]).ForBody(Centre)!.Ranking.Single();

        Assert.Equal((40m, 28m, 12m, 28m), (unit.SelfTotal!.Value, unit.AssessorTotal!.Value, unit.SelfGap!.Value, unit.Score));
        Assert.Equal(3, unit.ItemsLost);
        Assert.Equal(AssessmentRound.Unannounced, unit.Round);
        Assert.True(unit.IsAwarded);
        Assert.False(unit.IsTiedAtCutOff);
        Assert.Null(unit.TieBreakPosition);
        Assert.Empty(unit.TieBreakerValues);
        Assert.Equal("#1 a (学校 a) 28, awarded", unit.ToString());
    }

    [Fact]
    public void TieBreakerValues_SelfOnlyAssessment_IsNullForTheSelfGap()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.SmallerSelfGap), new TieBreaker(TieBreakerKind.FewerItemsLost)));
        var rubric = Sheet(policy);
        var selfOnly = new Assessment("a", AssessmentRound.Annual, Column(10m, 5m), null);

        var unit = AwardCalculator.Calculate(policy, Roster("a"), [Score(rubric, selfOnly)]).ForBody(Centre)!.Ranking.Single();

        Assert.Equal([null, 1m], unit.TieBreakerValues);
        Assert.Null(unit.SelfGap);
        Assert.Equal(35m, unit.Score);
    }
}
