using CsCheck;
using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

/// <summary>Invariants of <see cref="AwardCalculator"/> over random rosters, scores and policies.</summary>
public partial class AwardCalculatorTests
{
    private enum InputMode
    {
        None,
        Broken,
        Duplicate,
        Scored,
    }

    private sealed record UnitInput(InputMode Mode, int T11, int T12, int FlatsLost, AssessmentRound Round);

    private sealed record Case(UnitInput[] Units, AwardPolicy Policy, int Extras)
    {
        public override string ToString() =>
            $"policy {Policy} {Policy.Rounding} {Policy.Ties.Resolution} [{string.Join(", ", Policy.Ties.Breakers)}] min {Policy.Eligibility.MinimumScore} veto {Policy.Eligibility.ExcludeVetoed} round {Policy.Eligibility.RequiredRound}; " +
            $"extras {Extras}; units {string.Join(" | ", Units.Select(u => $"{u.Mode} {u.T11}/{u.T12}/{u.FlatsLost} {u.Round}"))}";
    }

    private static readonly TieBreaker[] AllBreakers =
    [
        new(TieBreakerKind.TaskScore, "t1"),
        new(TieBreakerKind.StageScore, "t1.impl"),
        new(TieBreakerKind.FewerItemsLost),
        new(TieBreakerKind.SmallerSelfGap),
    ];

    private static readonly Gen<UnitInput> UnitGen = Gen.Select(
        Gen.Int[0, 9], Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 4],
        (mode, t11, t12, lost, round) => new UnitInput(
            mode switch { 0 => InputMode.None, 1 => InputMode.Broken, 2 => InputMode.Duplicate, _ => InputMode.Scored },
            t11, t12, lost, round == 0 ? AssessmentRound.Unannounced : AssessmentRound.Annual));

    private static readonly Gen<AwardPolicy> PolicyGen = Gen.Select(
        Gen.Int[0, 11], Gen.Enum<QuotaRounding>(), Gen.Enum<TieResolution>(), Gen.Int[1, 4], Gen.Bool, Gen.Bool, Gen.Bool,
        (quota, rounding, resolution, breakers, minimum, excludeVetoed, requireAnnual) => Policy(
            quota < 6 ? AwardQuota.OfPercent(new[] { 10m, 25m, 33.3m, 50m, 75m, 100m }[quota]) : AwardQuota.OfCount(quota - 6),
            rounding,
            resolution == TieResolution.BreakTies ? Break(AllBreakers[..breakers]) : new TiePolicy(resolution),
            new AwardEligibility
            {
                MinimumScore = minimum ? 25m : null,
                ExcludeVetoed = excludeVetoed,
                RequiredRound = requireAnnual ? AssessmentRound.Annual : null,
            }));

    private static readonly Gen<Case> CaseGen = Gen.Select(UnitGen.Array[0, 12], PolicyGen, Gen.Int[0, 2], static (u, p, e) => new Case(u, p, e));

    private static (AwardReport Report, string[] Population, string[] Eligible, string[] Extras) Evaluate(Case c)
    {
        var rubric = Sheet(c.Policy);
        var ids = Schools(c.Units.Length);
        var results = new List<ScoringResult>();
        var eligible = new List<string>();
        for (var i = 0; i < ids.Length; i++)
        {
            var u = c.Units[i];
            var self = Column(Math.Min(10, u.T11 + 1), u.T12);
            switch (u.Mode)
            {
                case InputMode.Broken:
                    results.Add(Score(rubric, Broken(ids[i]), VetoEngine));
                    break;
                case InputMode.Duplicate:
                    results.Add(Score(rubric, Assessed(ids[i], u.T11, u.T12, u.FlatsLost), VetoEngine));
                    results.Add(Score(rubric, Assessed(ids[i], u.T12, u.T11, u.FlatsLost), VetoEngine));
                    break;
                case InputMode.Scored:
                    var result = Score(rubric, Assessed(ids[i], u.T11, u.T12, u.FlatsLost, u.Round, self), VetoEngine);
                    results.Add(result);
                    var card = result.Scorecard!;
                    var e = c.Policy.Eligibility;
                    if ((e.RequiredRound is null || e.RequiredRound == u.Round)
                        && !(e.ExcludeVetoed && card.IsVetoed(card.FinalSide))
                        && !(e.MinimumScore is { } min && card.Score < min))
                    {
                        eligible.Add(ids[i]);
                    }

                    break;
            }
        }

        var extras = Enumerable.Range(1, c.Extras).Select(i => "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        results.AddRange(extras.Select(x => Score(rubric, Assessed(x, 1m, 1m), VetoEngine)));
        var report = AwardCalculator.Calculate(c.Policy, Roster(ids), results);
        return (report, ids, [.. eligible], extras);
    }

    [Fact]
    public void Calculate_AnyCase_AwardsNoMoreThanTheQuotaUnlessTiesAreIncluded()
    {
        CaseGen.Sample(c =>
        {
            var result = Evaluate(c).Report.ForBody(Centre)!;
            var tiesIncluded = result.TieOutcome is TieOutcome.AllTiedIncluded or TieOutcome.StillTiedAfterTieBreakers;
            Assert.Equal(tiesIncluded, result.ExceedsQuota);
            if (!tiesIncluded)
            {
                Assert.True(result.AwardedCount <= result.RoundedQuota, result.Describe());
            }

            if (result.TieOutcome is TieOutcome.None or TieOutcome.BrokenByTieBreakers)
            {
                Assert.Equal(Math.Min(result.RoundedQuota, result.Ranking.Count), result.AwardedCount);
            }

            Assert.True(c.Policy.Ties.Resolution == TieResolution.IncludeAll || result.TieOutcome != TieOutcome.AllTiedIncluded);
            Assert.True(c.Policy.Ties.Resolution == TieResolution.ExcludeAll || result.TieOutcome != TieOutcome.AllTiedExcluded);

            // Nobody below the cut-off is awarded ahead of anybody above it.
            if (result.Awarded.Count > 0 && result.Ranking.Any(u => !u.IsAwarded))
            {
                Assert.True(result.Awarded.Min(u => u.Score) >= result.Ranking.Where(u => !u.IsAwarded).Max(u => u.Score), result.Describe());
            }
        }, iter: 300);
    }

    [Fact]
    public void Calculate_AnyCase_RankingIsAPermutationOfTheEligibleScoredUnitsInCompetitionOrder()
    {
        CaseGen.Sample(c =>
        {
            var (report, _, eligible, _) = Evaluate(c);
            var ranking = report.ForBody(Centre)!.Ranking;
            Assert.Equal(eligible.Order(StringComparer.Ordinal), ranking.Select(u => u.UnitId).Order(StringComparer.Ordinal));
            for (var i = 0; i < ranking.Count; i++)
            {
                Assert.Equal(1 + ranking.Count(u => u.Score > ranking[i].Score), ranking[i].Rank);
                if (i > 0)
                {
                    Assert.True(ranking[i - 1].Score > ranking[i].Score || (ranking[i - 1].Score == ranking[i].Score && string.CompareOrdinal(ranking[i - 1].UnitId, ranking[i].UnitId) < 0));
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Calculate_AnyCase_LosesNoUnitAndListsEachOnce()
    {
        CaseGen.Sample(c =>
        {
            var (report, population, _, extras) = Evaluate(c);
            var result = report.ForBody(Centre)!;
            string[] accounted =
            [
                .. Ids(result.Awarded),
                .. Ids(result.Ranking.Where(u => !u.IsAwarded)),
                .. Ids(result.Ineligible),
                .. Ids(result.NotRanked),
            ];
            Assert.Equal(population.Length, accounted.Length);
            Assert.Equal(population.Order(StringComparer.Ordinal), accounted.Order(StringComparer.Ordinal));
            Assert.Equal(population.Length, result.PopulationSize);
            Assert.Equal(extras, Ids(report.OutsidePopulation));
            Assert.Empty(report.ForBody("county")!.Ranking);
        }, iter: 300);
    }
}
