namespace Rubric.Engine.Tests.Plans;

public class PlanAwardTests
{
    [Fact]
    public void Decided_Policy_TakesItsIdNameAndUnitKind()
    {
        var award = PlanAward.Decided(PlanScenario.Individual);

        Assert.False(award.IsToBeAnnounced);
        Assert.Equal(("advanced-individual", "先进个人", UnitKind.StaffMember), (award.Id, award.Name, award.UnitKind!.Value));
        Assert.Null(award.Announcement);
    }

    [Fact]
    public void ToBeAnnounced_HasNoPolicyAndQuotesThePlan()
    {
        var award = PlanScenario.CountyAward;

        Assert.True(award.IsToBeAnnounced);
        Assert.Null(award.Policy);
        Assert.Null(award.UnitKind);
        Assert.Equal("county-collective (先进集体, to be announced: 表彰类别和表彰名额另行通知)", award.ToString());
    }
}
