namespace Rubric.Engine.Tests.Rosters;

public class AssessingBodyTests
{
    private static AssessingBody Centre() => new("panlong-centre", "盘龙镇教管中心", BodyKind.Centre,
    [
        new RosterUnit("school-1", "一小", UnitKind.School, [new RosterUnit("t-1", "张老师", UnitKind.StaffMember), new RosterUnit("t-2", "李老师", UnitKind.StaffMember)]),
        new RosterUnit("school-2", "二小", UnitKind.School, [new RosterUnit("t-3", "王老师", UnitKind.StaffMember)]),
        new RosterUnit("t-4", "中心干事", UnitKind.StaffMember),
    ],
    [new AssessingBody("sub-centre", "分中心", BodyKind.Centre), new AssessingBody("county-x", "县", BodyKind.County)]);

    [Fact]
    public void Population_School_SchoolsInOrder() =>
        Assert.Equal([("school-1", "一小"), ("school-2", "二小")], Centre().Population(UnitKind.School));

    [Fact]
    public void Population_StaffMember_SchoolStaffAndDirectStaff() =>
        Assert.Equal(["t-1", "t-2", "t-3", "t-4"], Centre().Population(UnitKind.StaffMember).Select(p => p.Id));

    [Fact]
    public void Population_Centre_SubCentresOnly() =>
        Assert.Equal(["sub-centre"], Centre().Population(UnitKind.Centre).Select(p => p.Id));

    [Fact]
    public void Population_UnknownKind_Empty() =>
        Assert.Empty(Centre().Population((UnitKind)42));

    [Fact]
    public void Constructor_NullUnit_Throws() =>
        Assert.Throws<ArgumentException>(() => new AssessingBody("c", "C", BodyKind.Centre, [null!]));
}
