namespace Rubric.Engine.Schema.Tests;

public sealed class AwardPolicyValidatorTests
{
    private static readonly RubricDocument Rubric = ValidatorFixtures.Rubric(ValidatorFixtures.Item("i1", 1m, new RuleDocument { Kind = "flat" }));

    private static AwardDocument Award(TiesDocument ties, QuotaDocument? quota = null) => new()
    {
        Id = "a1",
        Name = "先进集体",
        UnitKind = "school",
        Quota = quota ?? new QuotaDocument { Percent = 25m },
        Rounding = "nearest",
        Ties = ties,
    };

    [Fact]
    public void Validate_BreakTiesOnExistingTaskAndStage_HasNoFailures()
    {
        var award = Award(new TiesDocument { Resolution = "breakTies", Breakers = [new() { Kind = "taskScore", Target = "t1" }, new() { Kind = "stageScore", Target = "s1" }] });

        Assert.True(new AwardPolicyValidator(Rubric).Validate(award).IsValid);
    }

    [Fact]
    public void Validate_TaskScoreOnStage_ReportsUnknownTarget()
    {
        var award = Award(new TiesDocument { Resolution = "breakTies", Breakers = [new() { Kind = "taskScore", Target = "s1" }] });

        var failure = Assert.Single(new AwardPolicyValidator(Rubric).Validate(award).Errors);

        Assert.Equal((DiagnosticCodes.UnknownTieBreakerTarget, "Ties.Breakers[0].Target"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_FractionalCount_ReportsInvalidValue()
    {
        var award = Award(new TiesDocument { Resolution = "includeAll" }, new QuotaDocument { Count = 2.5m });

        Assert.Equal([DiagnosticCodes.InvalidValue], new AwardPolicyValidator(Rubric).Validate(award).Errors.Select(static f => f.ErrorCode));
    }
}
