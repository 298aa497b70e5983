namespace Rubric.Engine.Tests.Plans;

public class PlanLevelTests
{
    [Fact]
    public void Constructor_AwardForAUnitKindTheLevelDoesNotAssess_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlanLevel(BodyKind.Centre, "教管中心", [UnitKind.School], [PlanAward.Decided(PlanScenario.Individual)]));

        Assert.Contains("'advanced-individual'", error.Message, StringComparison.Ordinal);
    }
}
