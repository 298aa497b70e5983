using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public class UnrankedUnitTests
{
    [Theory]
    [InlineData(UnrankedReason.NoAssessment, "RUB3001")]
    [InlineData(UnrankedReason.ScoringFailed, "RUB3002")]
    [InlineData(UnrankedReason.DuplicateAssessment, "RUB3003")]
    [InlineData(UnrankedReason.BelowMinimumScore, "RUB3011")]
    [InlineData(UnrankedReason.Vetoed, "RUB3012")]
    [InlineData(UnrankedReason.WrongRound, "RUB3013")]
    [InlineData(UnrankedReason.OtherRound, "RUB3021")]
    [InlineData(UnrankedReason.NotOnRoster, "RUB3022")]
    [InlineData(UnrankedReason.NotInPopulation, "RUB3023")]
    public void Code_EachReason_IsStable(UnrankedReason reason, string code)
    {
        Assert.Equal(code, new UnrankedUnit("u", null, reason, "m").Code);
    }

    [Fact]
    public void ToString_NotRankedUnit_NamesUnitCodeReasonAndMessage()
    {
        var policy = Policy();
        var result = AwardCalculator.Calculate(policy, Roster("a"), []).ForBody(Centre)!;

        Assert.Equal("a: RUB3001 NoAssessment: No assessment of 'a' was given, so it cannot be ranked.", result.NotRanked[0].ToString());
    }

    [Fact]
    public void ErrorCodes_WhenNotAScoringFailure_IsEmpty()
    {
        var unit = new UnrankedUnit("u", "名", UnrankedReason.BelowMinimumScore, "low", 12m, AssessmentRound.Annual);

        Assert.Empty(unit.ErrorCodes);
        Assert.Equal((12m, AssessmentRound.Annual), (unit.Score, unit.Round));
    }
}
