using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public partial class AwardCalculatorTests
{
    private static decimal[] Distinct(int count) => [.. Enumerable.Range(0, count).Select(i => 40m - (i * 0.25m))];

    [Theory]
    [InlineData(25, 10, QuotaRounding.Floor, "2.5", 2)]
    [InlineData(25, 10, QuotaRounding.Ceiling, "2.5", 3)]
    [InlineData(25, 10, QuotaRounding.Nearest, "2.5", 3)]
    [InlineData(10, 45, QuotaRounding.Floor, "4.5", 4)]
    [InlineData(10, 45, QuotaRounding.Ceiling, "4.5", 5)]
    [InlineData(10, 45, QuotaRounding.Nearest, "4.5", 5)]
    [InlineData(25, 7, QuotaRounding.Floor, "1.75", 1)]
    [InlineData(25, 7, QuotaRounding.Ceiling, "1.75", 2)]
    [InlineData(25, 7, QuotaRounding.Nearest, "1.75", 2)]
    public void Calculate_PercentQuota_RoundsByPolicyAndAwardsThatMany(int percent, int population, QuotaRounding rounding, string raw, int expected)
    {
        var result = Run(Policy(AwardQuota.OfPercent(percent), rounding), Distinct(population));

        Assert.Equal(population, result.PopulationSize);
        Assert.Equal(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), result.RawQuota);
        Assert.Equal(expected, result.RoundedQuota);
        Assert.Equal(expected, result.AwardedCount);
        Assert.Equal(Schools(population)[..expected], Ids(result.Awarded));
        Assert.Equal(TieOutcome.None, result.TieOutcome);
    }

    [Fact]
    public void Calculate_NearestAtHalfWithEvenFloor_RoundsAwayFromZeroNotToEven()
    {
        // Banker's rounding would take 2.5 to 2; 四舍五入 takes it to 3.
        var result = Run(Policy(AwardQuota.OfPercent(10), QuotaRounding.Nearest), Distinct(25));

        Assert.Equal(2.5m, result.RawQuota);
        Assert.Equal(3, result.AwardedCount);
    }

    [Fact]
    public void Calculate_FixedCount_AwardsThatMany()
    {
        var result = Run(Policy(AwardQuota.OfCount(3)), Distinct(7));

        Assert.Equal(3m, result.RawQuota);
        Assert.Equal(3, result.RoundedQuota);
        Assert.Equal(["s01", "s02", "s03"], Ids(result.Awarded));
        Assert.Equal(39.5m, result.CutOffScore);
    }

    [Fact]
    public void Calculate_FixedCountAbovePopulation_IsCappedAtPopulation()
    {
        var result = Run(Policy(AwardQuota.OfCount(9)), Distinct(4));

        Assert.Equal(4, result.RoundedQuota);
        Assert.Equal(4, result.AwardedCount);
        Assert.Contains(result.Notes, n => n.Contains("capped", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_QuotaRoundsToZero_AwardsNobodyAndSaysSo()
    {
        var result = Run(Policy(AwardQuota.OfPercent(10), QuotaRounding.Nearest), Distinct(4));

        Assert.Equal(0.4m, result.RawQuota);
        Assert.Equal(0, result.RoundedQuota);
        Assert.Empty(result.Awarded);
        Assert.Equal(4, result.Ranking.Count);
        Assert.Null(result.CutOffScore);
        Assert.Contains("The quota rounds to 0: nobody is awarded.", result.Notes);
    }

    [Fact]
    public void Calculate_FewerEligibleThanQuota_AwardsEveryEligibleUnitAndSaysSo()
    {
        var policy = Policy(AwardQuota.OfCount(3), eligibility: new AwardEligibility { MinimumScore = 39m });

        var result = Run(policy, [40m, 39.5m, 30m, 25m]);

        Assert.Equal(["s01", "s02"], Ids(result.Awarded));
        Assert.Equal(39.5m, result.CutOffScore);
        Assert.Contains(result.Notes, n => n.StartsWith("Only 2 unit(s) are eligible", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_TieAtCutOffUnderIncludeAll_AwardsEveryTiedUnitPastTheQuota()
    {
        var result = Run(Policy(AwardQuota.OfPercent(25), ties: TiePolicy.IncludeAll), [40m, 35m, 35m, 35m, 30m, 29m, 28m, 27m]);

        Assert.Equal(2, result.RoundedQuota);
        Assert.Equal(["s01", "s02", "s03", "s04"], Ids(result.Awarded));
        Assert.Equal(["s02", "s03", "s04"], Ids(result.TiedAtCutOff));
        Assert.True(result.ExceedsQuota);
        Assert.Equal(TieOutcome.AllTiedIncluded, result.TieOutcome);
        Assert.Equal(35m, result.CutOffScore);
    }

    [Fact]
    public void Calculate_TieAtCutOffUnderExcludeAll_AwardsOnlyTheUnitsAboveIt()
    {
        var result = Run(Policy(AwardQuota.OfPercent(25), ties: TiePolicy.ExcludeAll), [40m, 35m, 35m, 35m, 30m, 29m, 28m, 27m]);

        Assert.Equal(["s01"], Ids(result.Awarded));
        Assert.Equal(["s02", "s03", "s04"], Ids(result.TiedAtCutOff));
        Assert.False(result.ExceedsQuota);
        Assert.Equal(TieOutcome.AllTiedExcluded, result.TieOutcome);
        Assert.Contains(result.Notes, n => n.Contains("excludes all tied units, so 1 are awarded for a quota of 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_TieForFirstPlaceUnderExcludeAll_AwardsNobody()
    {
        var result = Run(Policy(AwardQuota.OfCount(1), ties: TiePolicy.ExcludeAll), [40m, 40m, 30m]);

        Assert.Empty(result.Awarded);
        Assert.Equal(2, result.TiedAtCutOff.Count);
        Assert.Equal(40m, result.CutOffScore);
    }

    [Fact]
    public void Calculate_TiedUnitsThatAllFit_AreAllAwardedWithoutTieOutcome()
    {
        var result = Run(Policy(AwardQuota.OfCount(3), ties: TiePolicy.ExcludeAll), [40m, 35m, 35m, 30m]);

        Assert.Equal(["s01", "s02", "s03"], Ids(result.Awarded));
        Assert.Empty(result.TiedAtCutOff);
        Assert.Equal(TieOutcome.None, result.TieOutcome);
    }

    [Fact]
    public void Calculate_BreakTiesByTaskScore_AwardsTheHigherTaskScore()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.TaskScore, "t1")));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 5m)), // 35, t1 = 15
            Score(rubric, Assessed("b", 10m, 10m, flatsLost: 1)), // 35, t1 = 20
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        Assert.Equal(["b"], Ids(result.Awarded));
        Assert.Equal(TieOutcome.BrokenByTieBreakers, result.TieOutcome);
        Assert.Equal(["a", "b"], Ids(result.Ranking));
        Assert.All(result.Ranking, u => Assert.Equal(1, u.Rank));
        Assert.Equal(2, result.Ranking.Single(u => u.UnitId == "a").TieBreakPosition);
        Assert.Equal([20m], result.Ranking.Single(u => u.UnitId == "b").TieBreakerValues);
    }

    [Fact]
    public void Calculate_BreakTiesByStageScoreAfterTiedTaskScore_UsesTheNextBreaker()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.TaskScore, "t1"), new TieBreaker(TieBreakerKind.StageScore, "t1.impl")));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 5m)), // t1 15, t1.impl 5
            Score(rubric, Assessed("b", 5m, 10m)), // t1 15, t1.impl 10
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        Assert.Equal(["b"], Ids(result.Awarded));
        Assert.Equal(TieOutcome.BrokenByTieBreakers, result.TieOutcome);
        Assert.Equal([15m, 10m], result.Ranking.Single(u => u.UnitId == "b").TieBreakerValues);
    }

    [Fact]
    public void Calculate_BreakTiesByFewerItemsLost_AwardsTheUnitThatLostFewerItems()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.FewerItemsLost)));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 7.5m, 7.5m)), // 35, two items lost
            Score(rubric, Assessed("b", 10m, 10m, flatsLost: 1)), // 35, one item lost
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        Assert.Equal(["b"], Ids(result.Awarded));
        Assert.Equal(2, result.Ranking.Single(u => u.UnitId == "a").ItemsLost);
        Assert.Equal(1, result.Ranking.Single(u => u.UnitId == "b").ItemsLost);
    }

    [Fact]
    public void Calculate_BreakTiesBySmallerSelfGap_AwardsTheMoreHonestSelfAssessment()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.SmallerSelfGap)));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 5m, self: Column(10m, 10m))), // 35, claimed 40
            Score(rubric, Assessed("b", 10m, 5m, self: Column(10m, 7m))), // 35, claimed 37
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        Assert.Equal(["b"], Ids(result.Awarded));
        Assert.Equal(2m, result.Ranking.Single(u => u.UnitId == "b").SelfGap);
        Assert.Equal([5m], result.Ranking.Single(u => u.UnitId == "a").TieBreakerValues);
    }

    [Fact]
    public void Calculate_BreakTiesBySelfGapWhenOneUnitHasNoSelfColumn_PrefersTheUnitWithAGap()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.SmallerSelfGap)));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 5m)), // 35, no self column
            Score(rubric, Assessed("b", 10m, 5m, self: Column(10m, 10m))), // 35, over-claimed 5
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        Assert.Equal(["b"], Ids(result.Awarded));
        Assert.Equal(TieOutcome.BrokenByTieBreakers, result.TieOutcome);
    }

    [Fact]
    public void Calculate_UnderClaimedSelfGap_CountsByItsSize()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.SmallerSelfGap)));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 5m, self: Column(2m, 5m))), // claimed 8 less
            Score(rubric, Assessed("b", 10m, 5m, self: Column(10m, 8m))), // claimed 3 more
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        Assert.Equal(["b"], Ids(result.Awarded));
        Assert.Equal([8m], result.Ranking.Single(u => u.UnitId == "a").TieBreakerValues);
    }

    [Fact]
    public void Calculate_StillTiedAfterEveryBreaker_IncludesAllAndSaysSo()
    {
        var policy = Policy(AwardQuota.OfCount(2), ties: Break(new TieBreaker(TieBreakerKind.TaskScore, "t1"), new TieBreaker(TieBreakerKind.FewerItemsLost)));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 10m)), // 40
            Score(rubric, Assessed("b", 10m, 5m)), // 35, t1 15, 1 lost
            Score(rubric, Assessed("c", 10m, 5m)), // identical to b
            Score(rubric, Assessed("d", 5m, 10m)), // identical measures to b, c
            Score(rubric, Assessed("e", 10m, 10m, flatsLost: 1)), // 35, t1 20: wins the breaker
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b", "c", "d", "e"), results).ForBody(Centre)!;

        Assert.Equal(["a", "e"], Ids(result.Awarded));
        Assert.Equal(TieOutcome.BrokenByTieBreakers, result.TieOutcome);

        var three = Policy(AwardQuota.OfCount(3), ties: policy.Ties);
        var stillTied = AwardCalculator.Calculate(three, Roster("a", "b", "c", "d", "e"), results).ForBody(Centre)!;

        Assert.Equal(["a", "b", "c", "d", "e"], Ids(stillTied.Awarded));
        Assert.Equal(TieOutcome.StillTiedAfterTieBreakers, stillTied.TieOutcome);
        Assert.True(stillTied.ExceedsQuota);
        Assert.Equal([2, 2, 2, 1], stillTied.TiedAtCutOff.Select(u => u.TieBreakPosition!.Value));
        Assert.Contains(stillTied.Notes, n => n.Contains("did not separate the units at the last place", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_TieBreakerNamingNoTask_SeparatesNobodyAndSaysSo()
    {
        var policy = Policy(AwardQuota.OfCount(1), ties: Break(new TieBreaker(TieBreakerKind.TaskScore, "t9")));

        var result = Run(policy, [35m, 35m]);

        Assert.Equal(TieOutcome.StillTiedAfterTieBreakers, result.TieOutcome);
        Assert.Equal(2, result.AwardedCount);
        Assert.Contains(result.Notes, n => n.Contains("names no task of rubric 'awards-demo'", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_EqualScores_UseStandardCompetitionRankingInUnitIdOrder()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("z", 10m, 0m)), // 30
            Score(rubric, Assessed("m", 10m, 5m)), // 35
            Score(rubric, Assessed("b", 10m, 5m)), // 35
            Score(rubric, Assessed("y", 10m, 10m)), // 40
        };

        var result = AwardCalculator.Calculate(policy, Roster("z", "m", "b", "y"), results).ForBody(Centre)!;

        Assert.Equal(["y", "b", "m", "z"], Ids(result.Ranking));
        Assert.Equal([1, 2, 2, 4], result.Ranking.Select(u => u.Rank));
    }

    [Fact]
    public void Calculate_InputOrder_DoesNotChangeTheResult()
    {
        var policy = Policy(AwardQuota.OfPercent(50), ties: TiePolicy.ExcludeAll);
        var rubric = Sheet(policy);
        var results = Schools(6).Select((id, i) => Score(rubric, Assessed(id, 10m, i % 3))).ToArray();

        var forward = AwardCalculator.Calculate(policy, Roster(Schools(6)), results).ForBody(Centre)!;
        var backward = AwardCalculator.Calculate(policy, Roster(Schools(6)), results.Reverse()).ForBody(Centre)!;

        Assert.Equal(forward.Describe(), backward.Describe());
    }

    [Fact]
    public void Calculate_EmptyPopulation_GivesAnEmptyResultThatSaysSo()
    {
        var policy = Policy();

        var report = AwardCalculator.Calculate(policy, Roster(), []);

        Assert.Equal(["county", Centre], report.Results.Select(r => r.BodyId));
        Assert.All(report.Results, r =>
        {
            Assert.Equal(0, r.PopulationSize);
            Assert.Equal(0m, r.RawQuota);
            Assert.Equal(0, r.RoundedQuota);
            Assert.Null(r.CutOffScore);
            Assert.Empty(r.Ranking);
            Assert.Empty(r.Awarded);
            Assert.Empty(r.Ineligible);
            Assert.Empty(r.NotRanked);
            Assert.Contains(r.Notes, n => n.Contains("has no school to rank", StringComparison.Ordinal));
        });
        Assert.Empty(report.OutsidePopulation);
    }

    [Fact]
    public void Calculate_BrokenAssessment_IsNotRankedWithTheErrorCodes()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);
        var results = new[] { Score(rubric, Assessed("a", 10m, 10m)), Score(rubric, Broken("b")) };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        var notRanked = Assert.Single(result.NotRanked);
        Assert.Equal("b", notRanked.UnitId);
        Assert.Equal(UnrankedReason.ScoringFailed, notRanked.Reason);
        Assert.Equal(["RUB2004"], notRanked.ErrorCodes);
        Assert.Contains("RUB2004", notRanked.Message, StringComparison.Ordinal);
        Assert.Equal(["a"], Ids(result.Ranking));
        Assert.Equal(2, result.PopulationSize);
    }

    [Fact]
    public void Calculate_UnitWithoutAssessment_IsNotRankedAsNoAssessment()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), [Score(rubric, Assessed("a", 10m, 10m))]).ForBody(Centre)!;

        var notRanked = Assert.Single(result.NotRanked);
        Assert.Equal(("b", "学校 b", UnrankedReason.NoAssessment, "RUB3001"), (notRanked.UnitId, notRanked.UnitName, notRanked.Reason, notRanked.Code));
    }

    [Fact]
    public void Calculate_AssessmentForUnitNotOnRoster_IsListedOutsideThePopulation()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);
        var stranger = new Assessment("ghost", AssessmentRound.Annual, null, Column(10m, 10m)) { UnitName = "幽灵学校" };

        var report = AwardCalculator.Calculate(policy, Roster("a"), [Score(rubric, Assessed("a", 5m, 5m)), Score(rubric, stranger)]);

        var outside = Assert.Single(report.OutsidePopulation);
        Assert.Equal(("ghost", "幽灵学校", UnrankedReason.NotOnRoster, 40m), (outside.UnitId, outside.UnitName, outside.Reason, outside.Score));
        Assert.Equal(["a"], Ids(report.ForBody(Centre)!.Awarded));
    }

    [Fact]
    public void Calculate_AssessmentForRosterEntryOfAnotherKind_IsListedAsNotInPopulation()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);
        var roster = new Roster([new AssessingBody("c1", "中心", BodyKind.Centre, [new RosterUnit("a", "学校", UnitKind.School, [new RosterUnit("a.t1", "张老师", UnitKind.StaffMember)])])]);

        var report = AwardCalculator.Calculate(policy, roster, [Score(rubric, Assessed("a.t1", 5m, 5m)), Score(rubric, Assessed("c1", 5m, 5m))]);

        Assert.Equal(["a.t1", "c1"], Ids(report.OutsidePopulation));
        Assert.All(report.OutsidePopulation, u => Assert.Equal(UnrankedReason.NotInPopulation, u.Reason));
        Assert.Contains("as a staff member, not a school", report.OutsidePopulation[0].Message, StringComparison.Ordinal);
        Assert.Contains("as a centre", report.OutsidePopulation[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_CentrePolicyWithTopLevelCentre_ListsItsAssessmentAsNotInPopulation()
    {
        var policy = Policy(AwardQuota.OfCount(1), unitKind: UnitKind.Centre);
        var roster = new Roster([new AssessingBody("c1", "中心", BodyKind.Centre)]);

        var report = AwardCalculator.Calculate(policy, roster, [Score(Sheet(policy), Assessed("c1", 5m, 5m))]);

        var outside = Assert.Single(report.OutsidePopulation);
        Assert.Equal(UnrankedReason.NotInPopulation, outside.Reason);
        Assert.Equal("'c1' is a centre that no county body of the roster ranks, so 'advanced-collective' cannot rank it.", outside.Message);
        Assert.Equal(0, Assert.Single(report.Results).PopulationSize);
    }

    [Fact]
    public void Calculate_ScoreBelowMinimum_IsIneligibleButCountsInThePopulation()
    {
        var policy = Policy(AwardQuota.OfPercent(50), eligibility: new AwardEligibility { MinimumScore = 30m });

        var result = Run(policy, [40m, 29.5m, 30m, 20m]);

        Assert.Equal(4, result.PopulationSize);
        Assert.Equal(2, result.RoundedQuota);
        Assert.Equal(["s01", "s03"], Ids(result.Awarded));
        Assert.Equal(["s02", "s04"], Ids(result.Ineligible));
        Assert.All(result.Ineligible, u => Assert.Equal(UnrankedReason.BelowMinimumScore, u.Reason));
        Assert.Equal("'s02' scored 29.5, below the minimum of 30 for 'advanced-collective'.", result.Ineligible[0].Message);
    }

    [Fact]
    public void Calculate_VetoedUnitWhenPolicyExcludesVetoed_IsIneligible()
    {
        var policy = Policy(AwardQuota.OfCount(2), eligibility: new AwardEligibility { ExcludeVetoed = true });
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 10m, flatsLost: 1), VetoEngine), // t2.1 not met: vetoed
            Score(rubric, Assessed("b", 5m, 5m), VetoEngine),
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        var vetoed = Assert.Single(result.Ineligible);
        Assert.Equal(("a", UnrankedReason.Vetoed, 0m), (vetoed.UnitId, vetoed.Reason, vetoed.Score));
        Assert.Contains("Veto: item 1 (t2.1) lost points", vetoed.Message, StringComparison.Ordinal);
        Assert.Equal(["b"], Ids(result.Awarded));
    }

    [Fact]
    public void Calculate_VetoedUnitWhenPolicyAllowsVetoed_IsRankedWithItsZeroedScore()
    {
        var policy = Policy(AwardQuota.OfCount(2));
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 10m, flatsLost: 1), VetoEngine),
            Score(rubric, Assessed("b", 5m, 5m), VetoEngine),
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        Assert.Empty(result.Ineligible);
        Assert.Equal(["b", "a"], Ids(result.Ranking));
        Assert.Equal(0m, result.Ranking[1].Score);
    }

    [Fact]
    public void Calculate_AssessedOnlyInAnotherRound_IsIneligibleAsWrongRound()
    {
        var policy = Policy(AwardQuota.OfCount(2), eligibility: new AwardEligibility { RequiredRound = AssessmentRound.Annual });
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, Assessed("a", 10m, 10m, round: AssessmentRound.Unannounced)),
            Score(rubric, Assessed("b", 5m, 5m)),
        };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        var wrong = Assert.Single(result.Ineligible);
        Assert.Equal(("a", UnrankedReason.WrongRound, AssessmentRound.Unannounced, 40m), (wrong.UnitId, wrong.Reason, wrong.Round, wrong.Score));
        Assert.Equal(["b"], Ids(result.Awarded));
    }

    [Fact]
    public void Calculate_AssessedInTheRequiredRoundAndAnother_RanksTheRequiredAndSetsTheOtherAside()
    {
        var policy = Policy(AwardQuota.OfCount(1), eligibility: new AwardEligibility { RequiredRound = AssessmentRound.Annual });
        var rubric = Sheet(policy);
        var results = new[]
        {
            Score(rubric, new Assessment("a", AssessmentRound.SelfAssessment, Column(10m, 10m), null)),
            Score(rubric, Assessed("a", 5m, 5m)),
        };

        var result = AwardCalculator.Calculate(policy, Roster("a"), results).ForBody(Centre)!;

        Assert.Equal(30m, Assert.Single(result.Ranking).Score);
        var aside = Assert.Single(result.SetAside);
        Assert.Equal((UnrankedReason.OtherRound, AssessmentRound.SelfAssessment, 40m), (aside.Reason, aside.Round, aside.Score));
    }

    [Fact]
    public void Calculate_TwoAssessmentsThatCouldBothCount_IsNotRankedAsDuplicate()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);
        var results = new[] { Score(rubric, Assessed("a", 10m, 10m)), Score(rubric, Assessed("a", 5m, 5m)), Score(rubric, Assessed("b", 1m, 1m)) };

        var result = AwardCalculator.Calculate(policy, Roster("a", "b"), results).ForBody(Centre)!;

        var duplicate = Assert.Single(result.NotRanked);
        Assert.Equal(("a", UnrankedReason.DuplicateAssessment, AssessmentRound.Annual), (duplicate.UnitId, duplicate.Reason, duplicate.Round));
        Assert.EndsWith($"or make '{policy.Id}' require a round.", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(["b"], Ids(result.Awarded));
    }

    [Fact]
    public void Calculate_TwoAssessmentsOfTheRequiredRound_MessageAsksForOneOfThatRound()
    {
        var policy = Policy(AwardQuota.OfCount(1), eligibility: new AwardEligibility { RequiredRound = AssessmentRound.Annual });
        var rubric = Sheet(policy);
        var results = new[] { Score(rubric, Assessed("a", 10m, 10m)), Score(rubric, Assessed("a", 5m, 5m)) };

        var duplicate = Assert.Single(AwardCalculator.Calculate(policy, Roster("a"), results).ForBody(Centre)!.NotRanked);

        Assert.EndsWith($"give only one of the Annual round, which '{policy.Id}' requires.", duplicate.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("make", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_Hierarchy_GivesEachBodyItsOwnPopulationAndQuota()
    {
        static RosterUnit School(string id, int staff) =>
            new(id, "学校 " + id, UnitKind.School, Enumerable.Range(1, staff).Select(i => new RosterUnit($"{id}.t{i}", "教师", UnitKind.StaffMember)));
        var roster = new Roster(
        [
            new AssessingBody("county", "县教工委", BodyKind.County, [School("k1", 2)],
            [
                new AssessingBody("c1", "盘龙镇教管中心", BodyKind.Centre, [.. Schools(7).Select(id => School("c1." + id, 3))]),
                new AssessingBody("c2", "龙溪镇教管中心", BodyKind.Centre, [.. Schools(4).Select(id => School("c2." + id, 10))]),
            ]),
        ]);
        var schools = Policy(AwardQuota.OfPercent(25), QuotaRounding.Nearest);
        var staff = new AwardPolicy("advanced-individual", "先进个人", UnitKind.StaffMember, AwardQuota.OfPercent(10), QuotaRounding.Floor, TiePolicy.IncludeAll);
        var centres = new AwardPolicy("advanced-centre", "先进教管中心", UnitKind.Centre, AwardQuota.OfCount(1), QuotaRounding.Floor, TiePolicy.IncludeAll);

        var reports = AwardCalculator.Calculate(Sheet(schools, staff, centres), roster, []);

        Assert.Equal(["advanced-collective", "advanced-individual", "advanced-centre"], reports.Select(r => r.PolicyId));
        Assert.Equal([(1, 0), (7, 2), (4, 1)], reports[0].Results.Select(r => (r.PopulationSize, r.RoundedQuota)));
        Assert.Equal([(2, 0), (21, 2), (40, 4)], reports[1].Results.Select(r => (r.PopulationSize, r.RoundedQuota)));
        Assert.Equal([(2, 1), (0, 0), (0, 0)], reports[2].Results.Select(r => (r.PopulationSize, r.RoundedQuota)));
        Assert.Equal(["c1", "c2"], Ids(reports[2].Results[0].NotRanked));
        Assert.All(reports.SelectMany(r => r.Results), r => Assert.Equal(r.PopulationSize, r.NotRanked.Count));
    }

    [Theory]
    [InlineData(QuotaRounding.Nearest, TieResolution.BreakTies, "s1 s2", TieOutcome.BrokenByTieBreakers)]
    [InlineData(QuotaRounding.Ceiling, TieResolution.BreakTies, "s1 s2", TieOutcome.BrokenByTieBreakers)]
    [InlineData(QuotaRounding.Nearest, TieResolution.IncludeAll, "s1 s2 s3", TieOutcome.AllTiedIncluded)]
    [InlineData(QuotaRounding.Nearest, TieResolution.ExcludeAll, "s1", TieOutcome.AllTiedExcluded)]
    [InlineData(QuotaRounding.Floor, TieResolution.ExcludeAll, "s1", TieOutcome.None)]
    public void Calculate_WorkedExampleUnderOtherPolicies_MatchesTheDocumentation(QuotaRounding rounding, TieResolution resolution, string awarded, TieOutcome outcome)
    {
        var example = WorkedExample.Policy;
        var ties = resolution == TieResolution.BreakTies ? example.Ties : new TiePolicy(resolution);
        var policy = new AwardPolicy(example.Id, example.Name, example.UnitKind, example.Quota, rounding, ties, example.Eligibility);

        var result = AwardCalculator.Calculate(policy, WorkedExample.Roster, WorkedExample.Results()).ForBody("panlong")!;

        Assert.Equal(awarded, string.Join(' ', Ids(result.Awarded)));
        Assert.Equal(outcome, result.TieOutcome);
    }

    [Fact]
    public void Calculate_RubricWithoutPolicies_ReturnsNoReports()
    {
        var reports = AwardCalculator.Calculate(Sheet(), Roster("a"), []);

        Assert.Empty(reports);
    }

    [Fact]
    public void Calculate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AwardCalculator.Calculate((AwardPolicy)null!, Roster(), []));
        Assert.Throws<ArgumentNullException>(() => AwardCalculator.Calculate(Policy(), null!, []));
        Assert.Throws<ArgumentNullException>(() => AwardCalculator.Calculate(Policy(), Roster(), null!));
        Assert.Throws<ArgumentNullException>(() => AwardCalculator.Calculate((RubricDefinition)null!, Roster(), []));
    }
}
