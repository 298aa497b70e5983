namespace Rubric.Engine.Tests.Rosters;

public class RosterTests
{
    private static Engine.Roster County() => new(
    [
        new AssessingBody("county", "县教工委", BodyKind.County, [new RosterUnit("direct-school", "直属学校", UnitKind.School)],
        [
            new AssessingBody("centre-a", "A教管中心", BodyKind.Centre, [new RosterUnit("a-1", "A1", UnitKind.School)]),
            new AssessingBody("centre-b", "B教管中心", BodyKind.Centre, [], [new AssessingBody("centre-b-sub", "B分中心", BodyKind.Centre)]),
        ]),
        new AssessingBody("county-2", "另一县", BodyKind.County),
    ]);

    [Fact]
    public void AllBodies_Nested_DepthFirstInDocumentOrder() =>
        Assert.Equal(["county", "centre-a", "centre-b", "centre-b-sub", "county-2"], County().AllBodies().Select(b => b.Id));

    [Fact]
    public void Constructor_DuplicateBodyIds_Throws() =>
        Assert.Throws<ArgumentException>(() => new Engine.Roster([new AssessingBody("x", "X", BodyKind.Centre), new AssessingBody("y", "Y", BodyKind.County, bodies: [new AssessingBody("x", "X2", BodyKind.Centre)])]));

    [Fact]
    public void Constructor_UnitIdSameAsBodyId_Throws() =>
        Assert.Throws<ArgumentException>(() => new Engine.Roster([new AssessingBody("x", "X", BodyKind.Centre, [new RosterUnit("x", "school", UnitKind.School)])]));

    [Fact]
    public void Constructor_DuplicateStaffAcrossSchools_Throws()
    {
        var s1 = new RosterUnit("s1", "S1", UnitKind.School, [new RosterUnit("p", "P", UnitKind.StaffMember)]);
        var s2 = new RosterUnit("s2", "S2", UnitKind.School, [new RosterUnit("p", "P", UnitKind.StaffMember)]);
        var ex = Assert.Throws<ArgumentException>(() => new Engine.Roster([new AssessingBody("c", "C", BodyKind.Centre, [s1, s2])]));
        Assert.Contains("'p'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullBody_Throws() =>
        Assert.Throws<ArgumentException>(() => new Engine.Roster([null!]));
}
