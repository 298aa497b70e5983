using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Tests.Support;

/// <summary>The seeds' report, analysed once per test run; and a synthetic body of many units for the limits of a page.</summary>
internal static class SeedReports
{
    private static readonly Lazy<AssessmentReport> WithRosterReport = new(() => Analyze(withRoster: true));

    public static AssessmentReport WithRoster => WithRosterReport.Value;

    public static AssessmentReport Analyze(bool withRoster)
    {
        var loader = new RubricLoader();
        var rubric = loader.LoadRubric(Repo.Seed("panlong.rubric.json")).Value!;
        var roster = withRoster ? loader.LoadRoster(Repo.Seed("roster.json")).Value! : null;
        var results = Directory.GetFiles(Repo.Seed("assessments"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => ScoringEngine.Default.Score(rubric, loader.LoadAssessment(f).Value!)).ToArray();
        var awards = roster is null ? [] : Rubric.Cli.Commands.ReportCommand.PlanAwards(loader.LoadPlan(Repo.Seed("panlong.plan.json")).Value!, rubric, roster, results);
        return ReportAnalyzer.Analyze(rubric, results, roster, awards);
    }

    /// <summary>
    /// <paramref name="count"/> units u00001… scored on the demo sheet, no roster; unit k (from 1) scores
    /// lower the larger k is, so u00001 is first and the last unit is last.
    /// </summary>
    public static AssessmentReport Many(int count, bool withAwards = false)
    {
        var rubric = TestRubrics.Demo();
        var results = Enumerable.Range(1, count).Select(k =>
        {
            var flawed = k > count / 2;
            var assessment = new Assessment("u" + k.ToString("00000", System.Globalization.CultureInfo.InvariantCulture), AssessmentRound.Annual, null, flawed ? TestRubrics.Flawed() : TestRubrics.Perfect());
            return ScoringEngine.Default.Score(rubric, assessment);
        }).ToArray();
        if (!withAwards)
        {
            return ReportAnalyzer.Analyze(rubric, results);
        }

        var roster = new Roster([new AssessingBody("centre", "教管中心", BodyKind.Centre, results.Select(static r => new RosterUnit(r.Assessment.UnitId, "学校 " + r.Assessment.UnitId, UnitKind.School)))]);
        var policy = new AwardPolicy("advanced-collective", "先进集体", UnitKind.School, AwardQuota.OfPercent(25), QuotaRounding.Nearest, TiePolicy.IncludeAll);
        return ReportAnalyzer.Analyze(rubric, results, roster, [AwardCalculator.Calculate(policy, roster, results)]);
    }
}
