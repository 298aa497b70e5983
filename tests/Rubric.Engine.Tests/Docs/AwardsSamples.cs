using Rubric.Engine.Schema;
using Rubric.Engine.Tests.Awards;

namespace Rubric.Engine.Tests.Docs;

// The code blocks of docs/awards.md are copied from the regions of this file; DocsSnippetsTests
// fails when the two drift apart. The roster and the policy are those of the worked example
// (25 % of 7 schools), which the award tests use as well (WorkedExample).
public class AwardsSamples
{
    internal static Roster WorkedExampleRoster()
    {
        #region snippet: award-roster
        var roster = new Roster(
        [
            new AssessingBody("county", "县教工委", BodyKind.County, bodies:
            [
                new AssessingBody("panlong", "盘龙镇教管中心", BodyKind.Centre,
                [
                    new RosterUnit("s1", "盘龙小学", UnitKind.School, staff:
                    [
                        new RosterUnit("s1-01", "王晓梅", UnitKind.StaffMember),
                        new RosterUnit("s1-02", "黄冬敏", UnitKind.StaffMember),
                    ]),
                    new RosterUnit("s2", "双河小学", UnitKind.School),
                    new RosterUnit("s3", "青杠小学", UnitKind.School),
                    new RosterUnit("s4", "白岩小学", UnitKind.School),
                    new RosterUnit("s5", "新华小学", UnitKind.School),
                    new RosterUnit("s6", "石桥小学", UnitKind.School),
                    new RosterUnit("s7", "盘龙中学", UnitKind.School),
                ]),
            ]),
        ]);
        #endregion

        return roster;
    }

    internal static AwardPolicy AdvancedCollective()
    {
        #region snippet: award-policy
        var policy = new AwardPolicy(
            "advanced-collective", "先进集体", UnitKind.School,
            AwardQuota.OfPercent(25m),
            QuotaRounding.Nearest, // 四舍五入, half away from zero: 1.75 → 2, 2.5 → 3
            new TiePolicy(TieResolution.BreakTies,
                [new TieBreaker(TieBreakerKind.TaskScore, "t1"), new TieBreaker(TieBreakerKind.FewerItemsLost)]),
            new AwardEligibility { MinimumScore = 60m, ExcludeVetoed = true, RequiredRound = AssessmentRound.Annual });
        #endregion

        return policy;
    }

    [Fact]
    public void AwardRoster_WorkedExample_CentreRanksItsSchoolsAndStaffAndTheCountyItsCentre()
    {
        var roster = WorkedExampleRoster();
        var (county, panlong) = (roster.Bodies[0], roster.Bodies[0].Bodies[0]);

        Assert.Equal(["county", "panlong"], roster.AllBodies().Select(static b => b.Id));
        Assert.Equal(["s1", "s2", "s3", "s4", "s5", "s6", "s7"], panlong.Population(UnitKind.School).Select(static u => u.Id));
        Assert.Equal([("s1-01", "王晓梅"), ("s1-02", "黄冬敏")], panlong.Population(UnitKind.StaffMember));
        Assert.Equal(["panlong"], county.Population(UnitKind.Centre).Select(static u => u.Id));
        Assert.Empty(county.Population(UnitKind.School));
    }

    [Fact]
    public void AwardPolicy_WorkedExample_QuotaOfSevenSchoolsRoundsToTwo()
    {
        var policy = AdvancedCollective();

        Assert.Equal(1.75m, policy.Quota.Raw(7));
        Assert.Equal(2, policy.Quota.Rounded(7, policy.Rounding));
        Assert.Equal(3, policy.Quota.Rounded(10, policy.Rounding)); // 2.5 → 3, never banker's 2
        Assert.Equal("advanced-collective (先进集体, 25 %)", policy.ToString());
    }

    [Fact]
    public void CalculateAwards_WorkedExample_AwardsAsTheDocumentationWorksItOut()
    {
        var (rubric, assessments) = (WorkedExample.Rubric, WorkedExample.Assessments());
        var (roster, policy) = (WorkedExampleRoster(), AdvancedCollective());
        var lines = new List<string>();

        #region snippet: calculate-awards
        ScoringResult[] results = [.. assessments.Select(assessment => ScoringEngine.Default.Score(rubric, assessment))];
        AwardReport report = AwardCalculator.Calculate(policy, roster, results);
        AwardResult panlong = report.ForBody("panlong")!;
        lines.Add(panlong.ToString());
        lines.AddRange(panlong.Awarded.Select(unit => $"{unit.UnitName} {PointsFormat.Format(unit.Score)}"));
        lines.AddRange(panlong.Ineligible.Concat(panlong.NotRanked).Select(unit => $"{unit.UnitName}: {unit.Code}"));
        #endregion

        Assert.Equal(
            [
                "advanced-collective (先进集体) at panlong: 2 awarded of 7 (quota 25 % = 1.75, Nearest → 2; cut-off 88.5; ties BrokenByTieBreakers; 5 ranked, 1 ineligible, 1 not ranked)",
                "盘龙小学 92",
                "双河小学 88.5",
                "石桥小学: RUB3011",
                "盘龙中学: RUB3002",
            ],
            lines);
        Assert.Equal(["s2", "s3"], panlong.TiedAtCutOff.Select(static u => u.UnitId));
        Assert.Equal(0, report.ForBody("county")!.PopulationSize);
    }

    [Fact]
    public void AwardCalculator_RubricWithThePolicy_DescribesEveryBody()
    {
        var (rubric, assessments, roster) = (WorkedExample.Rubric, WorkedExample.Assessments(), WorkedExample.Roster);
        var lines = new List<string>();

        #region snippet: award-calculator
        var results = assessments.Select(a => ScoringEngine.Default.Score(rubric, a)).ToList();

        // Every policy of the rubric, or one policy: AwardCalculator.Calculate(policy, roster, results).
        foreach (AwardReport report in AwardCalculator.Calculate(rubric, roster, results))
        {
            lines.Add(report.Describe());
        }
        #endregion

        var described = Assert.Single(lines);
        Assert.StartsWith("advanced-collective (先进集体, School): 2 awarded across 2 bodies;", described, StringComparison.Ordinal);
        Assert.Contains("#2 s2 (双河小学) 88.5, tied at cut-off, tie-break place 1, awarded", described, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanAwards_Seeds_AwardAsTheDocumentationSays()
    {
        var seeds = Path.Combine(DocsSnippetsTests.RepoRoot(), "seeds");
        var (roster, results) = ScoreSeeds(seeds);
        var lines = new List<string>();

        #region snippet: plan-awards
        var loader = new RubricLoader();
        var plan = loader.LoadPlan(Path.Combine(seeds, "panlong.plan.json")).Value!;
        // results: the scored assessments of every sheet the plan names (schools and staff alike).
        PlanAwardsReport report = AwardCalculator.Calculate(plan, roster, results);
        foreach (PlanAwardOutcome outcome in report.Outcomes)
        {
            lines.Add(outcome.Report?.Describe() ?? outcome.ToString());
        }
        #endregion

        // 25 % of 10 schools = 2.5 → 3, the tie at 38.3 broken by task t1; 10 % of 45 staff = 4.5 → 5,
        // the tie at 18 broken by task s2; 青溪镇教管中心 has nobody assessed; the county's awards are to be announced.
        var collective = report.ForAward("advanced-collective")!.Report!.ForBody("panlong-centre")!;
        Assert.Equal((10, 2.5m, 3, 3, TieOutcome.BrokenByTieBreakers, 38.3m), (collective.PopulationSize, collective.RawQuota, collective.RoundedQuota, collective.AwardedCount, collective.TieOutcome, collective.CutOffScore!.Value));
        var individual = report.ForAward("advanced-individual")!.Report!.ForBody("panlong-centre")!;
        Assert.Equal((45, 4.5m, 5, 5, TieOutcome.BrokenByTieBreakers, 18m), (individual.PopulationSize, individual.RawQuota, individual.RoundedQuota, individual.AwardedCount, individual.TieOutcome, individual.CutOffScore!.Value));
        Assert.Equal(["TaskScore(t1)", "FewerItemsLost"], collective.TieBreakers);
        Assert.Contains(collective.TiedAtCutOff, static u => !u.IsAwarded);
        Assert.All(["advanced-collective", "advanced-individual"], id =>
        {
            var qingxi = report.ForAward(id)!.Report!.Results.Single(static r => r.BodyName == "青溪镇教管中心");
            Assert.Equal((1, 0), (qingxi.RoundedQuota, qingxi.Ranking.Count));
        });
        Assert.Equal([true, true], report.Outcomes.Where(static o => o.Level.Body == BodyKind.County).Select(static o => o.IsToBeAnnounced));
        Assert.Equal(4, lines.Count);
        Assert.Empty(report.NotRouted);
    }

    /// <summary>The seed roster, and every seed assessment scored by the sheet it names.</summary>
    private static (Roster Roster, ScoringResult[] Results) ScoreSeeds(string seeds)
    {
        var loader = new RubricLoader();
        var rubrics = new[] { "panlong.rubric.json", "panlong-staff.rubric.json" }
            .Select(file => loader.LoadRubric(Path.Combine(seeds, file)).Value!)
            .ToDictionary(static r => r.Id, StringComparer.Ordinal);
        var results = Directory.GetFiles(Path.Combine(seeds, "assessments"), "*.assessment.json", SearchOption.AllDirectories)
            .Select(file => loader.LoadAssessment(file).Value!)
            .Select(assessment => ScoringEngine.Default.Score(rubrics[assessment.RubricId!], assessment))
            .ToArray();
        return (loader.LoadRoster(Path.Combine(seeds, "roster.json")).Value!, results);
    }
}
