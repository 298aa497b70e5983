namespace Rubric.Engine.Tests.Rosters;

public class RosterUnitTests
{
    [Fact]
    public void Constructor_StaffOnNonSchool_Throws() =>
        Assert.Throws<ArgumentException>(() => new RosterUnit("c", "C", UnitKind.Centre, [new RosterUnit("p", "P", UnitKind.StaffMember)]));

    [Fact]
    public void Constructor_SchoolAsStaff_Throws() =>
        Assert.Throws<ArgumentException>(() => new RosterUnit("s", "S", UnitKind.School, [new RosterUnit("s2", "S2", UnitKind.School)]));

    [Fact]
    public void Constructor_BlankId_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new RosterUnit("", "S", UnitKind.School));

    [Fact]
    public void Constructor_SchoolWithStaff_Kept() =>
        Assert.Single(new RosterUnit("s", "S", UnitKind.School, [new RosterUnit("p", "P", UnitKind.StaffMember)]).Staff);
}
