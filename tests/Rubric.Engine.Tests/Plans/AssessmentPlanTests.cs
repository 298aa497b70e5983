using static Rubric.Engine.Tests.Plans.PlanScenario;

namespace Rubric.Engine.Tests.Plans;

public class AssessmentPlanTests
{
    [Fact]
    public void RubricFor_RubricIdOrUnitKind_FindsTheSheetOrNothing()
    {
        var plan = Plan();

        Assert.Equal(UnitKind.StaffMember, plan.RubricFor(StaffSheet)!.UnitKind);
        Assert.Equal(SchoolSheet, plan.RubricFor(UnitKind.School)!.RubricId);
        Assert.Null(plan.RubricFor("other"));
        Assert.Null(plan.RubricFor((string?)null));
        Assert.Null(plan.RubricFor(UnitKind.Centre));
    }

    [Fact]
    public void AwardRound_IsTheRoundThatCountsForAwards()
    {
        Assert.Equal(AssessmentRound.Annual, Plan().AwardRound);
        Assert.Equal(AssessmentRound.SelfAssessment, Plan(AssessmentRound.SelfAssessment).AwardRound);
    }

    [Fact]
    public void LevelOf_BodyKind_FindsTheLevel()
    {
        Assert.Equal("县教工委", Plan().LevelOf(BodyKind.County)!.Name);
    }

    [Fact]
    public void Constructor_NoRoundCountsForAwards_Throws()
    {
        var plan = Plan();

        var error = Assert.Throws<ArgumentException>(() => new AssessmentPlan("p", "方案", plan.Rubrics, plan.Levels, [new PlanRound(AssessmentRound.Annual, "督查考核", "每年12月", false)], plan.Methods));

        Assert.Contains("Exactly one round", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DecidedAwardWithoutASheetForItsUnits_Throws()
    {
        var plan = Plan();

        var error = Assert.Throws<ArgumentException>(() => new AssessmentPlan("p", "方案", plan.Rubrics.Take(1), plan.Levels, plan.Rounds, plan.Methods));

        Assert.Contains("'advanced-individual'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoSheetsForOneUnitKind_Throws()
    {
        var plan = Plan();

        Assert.Throws<ArgumentException>(() => new AssessmentPlan("p", "方案", [.. plan.Rubrics, new PlanRubric("other", UnitKind.School, "other.json")], plan.Levels, plan.Rounds, plan.Methods));
    }
}
