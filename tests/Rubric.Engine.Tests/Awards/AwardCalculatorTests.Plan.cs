using Rubric.Engine.Tests.Plans;
using static Rubric.Engine.Tests.Plans.PlanScenario;

namespace Rubric.Engine.Tests.Awards;

public partial class AwardCalculatorTests
{
    private static ScoringResult[] CentreResults() =>
    [
        School("s01", 9m), School("s02", 4m), School("s03", 7m), School("s04", 1m),
        .. AwardScenario.Schools(4).SelectMany((id, i) => new[] { StaffMember(id + "-a", 2m + i), StaffMember(id + "-b", 9m - i) }),
    ];

    [Fact]
    public void Calculate_Plan_DrawsEachAwardFromTheAssessmentsOfItsOwnSheet()
    {
        var report = AwardCalculator.Calculate(Plan(), Roster(), CentreResults());

        var collective = report.ForAward("advanced-collective")!.Report!.ForBody("c1")!;
        var individual = report.ForAward("advanced-individual")!.Report!.ForBody("c1")!;
        Assert.Equal(["s01"], collective.Awarded.Select(static u => u.UnitId));
        Assert.Equal(4, collective.PopulationSize);
        Assert.Equal(["s01-b", "s02-b"], individual.Awarded.Select(static u => u.UnitId));
        Assert.Equal(8, individual.PopulationSize);
        Assert.Empty(report.ForAward("advanced-individual")!.Report!.OutsidePopulation);
        Assert.Empty(report.NotRouted);
    }

    [Fact]
    public void Calculate_Plan_CentreAwardsAreNamedByTheCentresOnly()
    {
        var report = AwardCalculator.Calculate(Plan(), Roster(), [.. CentreResults(), School("d1", 10m)]);

        var collective = report.ForAward("advanced-collective")!.Report!;
        Assert.Equal(["c1"], collective.Results.Select(static r => r.BodyId));
        var outside = Assert.Single(collective.OutsidePopulation);
        Assert.Equal("d1", outside.UnitId);
        Assert.Equal(UnrankedReason.NotInPopulation, outside.Reason);
        Assert.Contains("under 县教工委 (county)", outside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_Plan_AwardToBeAnnounced_ComputesNoQuota()
    {
        var report = AwardCalculator.Calculate(Plan(), Roster(), CentreResults());

        var county = report.ForAward("county-collective")!;
        Assert.True(county.IsToBeAnnounced);
        Assert.Null(county.Report);
        Assert.Equal("表彰类别和表彰名额另行通知", county.Award.Announcement);
        Assert.Equal(["county"], county.Bodies.Select(static b => b.Id));
        Assert.Contains("to be announced", county.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_Plan_AssessmentOfASheetThePlanDoesNotName_IsReportedNotDropped()
    {
        var stray = ScoringEngine.Default.Score(Schools, new Assessment("s01", AssessmentRound.Annual, null, AwardScenario.Column(1m, 0m)) { RubricId = "other-sheet" });

        var report = AwardCalculator.Calculate(Plan(), Roster(), [.. CentreResults(), stray]);

        var unit = Assert.Single(report.NotRouted);
        Assert.Equal("s01", unit.UnitId);
        Assert.Equal("RUB3024", unit.Code);
        Assert.Contains("'other-sheet'", unit.Message, StringComparison.Ordinal);
        Assert.Equal(["s01"], report.ForAward("advanced-collective")!.Report!.ForBody("c1")!.Awarded.Select(static u => u.UnitId));
    }

    [Fact]
    public void Calculate_Plan_AnnualRoundCounts_SelfAssessmentsAreSetAside()
    {
        // s04 claims full marks in its self-assessment; only the December round decides.
        var report = AwardCalculator.Calculate(Plan(), Roster(), [.. CentreResults(), School("s04", 10m, AssessmentRound.SelfAssessment)]);

        var result = report.ForAward("advanced-collective")!.Report!.ForBody("c1")!;
        Assert.Equal(AssessmentRound.Annual, report.AwardRound);
        Assert.Equal(["s01"], result.Awarded.Select(static u => u.UnitId));
        var setAside = Assert.Single(result.SetAside);
        Assert.Equal(("s04", UnrankedReason.OtherRound), (setAside.UnitId, setAside.Reason));
    }

    [Fact]
    public void Calculate_Plan_SelfAssessmentRoundCounts_AnnualAssessmentsAreIneligible()
    {
        var report = AwardCalculator.Calculate(Plan(AssessmentRound.SelfAssessment), Roster(), [.. CentreResults(), School("s04", 10m, AssessmentRound.SelfAssessment)]);

        var result = report.ForAward("advanced-collective")!.Report!.ForBody("c1")!;
        Assert.Equal(["s04"], result.Awarded.Select(static u => u.UnitId));
        Assert.Equal(["s01", "s02", "s03"], result.Ineligible.Where(static u => u.Reason == UnrankedReason.WrongRound).Select(static u => u.UnitId));
    }
}
