namespace Rubric.Engine.Schema.Tests;

public sealed class RosterDocumentValidatorTests
{
    [Fact]
    public void Validate_StaffIdRepeatedInAnotherBody_ReportsDuplicateAtTheSecond()
    {
        var roster = new RosterDocument
        {
            Bodies =
            [
                new BodyDocument
                {
                    Id = "county", Name = "县教工委", Kind = "county",
                    Bodies =
                    [
                        new BodyDocument { Id = "c1", Name = "中心", Kind = "centre", Units = [new() { Id = "s1", Name = "学校", Kind = "school", Staff = [new() { Id = "p1", Name = "张老师" }] }] },
                        new BodyDocument { Id = "c2", Name = "中心", Kind = "centre", Units = [new() { Id = "p1", Name = "学校", Kind = "school" }] },
                    ],
                },
            ],
        };

        var failure = Assert.Single(new RosterDocumentValidator().Validate(roster).Errors);

        Assert.Equal((DiagnosticCodes.DuplicateId, "/bodies/0/bodies/1/units/0/id"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_StaffUnderStaffMember_ReportsStaffOutsideSchool()
    {
        var roster = new RosterDocument
        {
            Bodies = [new BodyDocument { Id = "c1", Name = "中心", Kind = "centre", Units = [new() { Id = "p0", Name = "王老师", Kind = "staffMember", Staff = [new() { Id = "p1", Name = "张老师" }] }] }],
        };

        var failure = Assert.Single(new RosterDocumentValidator().Validate(roster).Errors);

        Assert.Equal((DiagnosticCodes.StaffOutsideSchool, "Bodies[0].Units[0].Staff"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_StaffMemberWithBlankName_ReportsInvalidFormatAtTheName()
    {
        var roster = new RosterDocument
        {
            Bodies = [new BodyDocument { Id = "c1", Name = "中心", Kind = "centre", Bodies = [new BodyDocument { Id = "c2", Name = "片区", Kind = "centre", Units = [new() { Id = "s1", Name = "一小", Kind = "school", Staff = [new() { Id = "p1", Name = " " }] }] }] }],
        };

        var failure = Assert.Single(new RosterDocumentValidator().Validate(roster).Errors);

        Assert.Equal((DiagnosticCodes.InvalidFormat, "Bodies[0].Bodies[0].Units[0].Staff[0].Name", "Staff member 'p1' needs a name."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }
}
