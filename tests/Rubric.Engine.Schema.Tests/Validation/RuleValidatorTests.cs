namespace Rubric.Engine.Schema.Tests;

public sealed class RuleValidatorTests
{
    private static readonly Dictionary<string, (RuleDocument Rule, string? Code)> Cases = new()
    {
        ["flat loss within points"] = (new RuleDocument { Kind = "flat", Loss = 2m }, null),
        ["flat loss above points"] = (new RuleDocument { Kind = "flat", Loss = 3m }, DiagnosticCodes.ExceedsItemPoints),
        ["anyOf reserved condition id"] = (new RuleDocument { Kind = "anyOf", Conditions = [new() { Id = "evidenceRefs", Text = "x" }] }, DiagnosticCodes.ReservedConditionId),
        ["anyOf English text"] = (new RuleDocument { Kind = "anyOf", Conditions = [new() { Id = "slogan", Text = "醒目标语", EnglishText = "a slogan" }] }, null),
        ["anyOf blank English text"] = (new RuleDocument { Kind = "anyOf", Conditions = [new() { Id = "slogan", Text = "醒目标语", EnglishText = " " }] }, DiagnosticCodes.InvalidFormat),
        ["perUnit cap equal to points"] = (new RuleDocument { Kind = "perUnit", Rate = 0.2m, Cap = 2m }, null),
        ["perUnit cap above points"] = (new RuleDocument { Kind = "perUnit", Rate = 0.2m, Cap = 2.5m }, DiagnosticCodes.ExceedsItemPoints),
        ["shortfall whole target"] = (new RuleDocument { Kind = "shortfall", Target = 20m, Rate = 0.4m }, null),
        ["shortfall fractional target"] = (new RuleDocument { Kind = "shortfall", Target = 20.5m, Rate = 0.4m }, DiagnosticCodes.InvalidValue),
        ["tiered losses within points"] = (new RuleDocument { Kind = "tiered", Levels = [new() { Id = "late", Text = "迟报", Loss = 1m }, new() { Id = "missing", Text = "未报", Loss = 2m }] }, null),
        ["tiered blank English text"] = (new RuleDocument { Kind = "tiered", Levels = [new() { Id = "late", Text = "迟报", Loss = 1m, EnglishText = "\n" }] }, DiagnosticCodes.InvalidFormat),
        ["tiered loss above points"] = (new RuleDocument { Kind = "tiered", Levels = [new() { Id = "missing", Text = "未报", Loss = 2.5m }] }, DiagnosticCodes.ExceedsItemPoints),
        ["judged step dividing points"] = (new RuleDocument { Kind = "judged", Step = 0.5m }, null),
        ["judged step not dividing points"] = (new RuleDocument { Kind = "judged", Step = 0.3m }, DiagnosticCodes.StepDoesNotDivide),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_RuleOnTwoPointItem_ReportsExpectedCode(string name)
    {
        var (rule, expectedCode) = Cases[name];

        var failures = new RuleValidator().Validate(new ItemDocument { Id = "i1", Points = 2m, Rule = rule }).Errors;

        Assert.Equal(expectedCode is null ? [] : [expectedCode], failures.Select(static f => f.ErrorCode));
        Assert.All(failures, static f => Assert.StartsWith("Rule.", f.PropertyName, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReservedConditionAndLevelLoss_LocatedAtTheConditionIdAndTheLevelLoss()
    {
        var anyOf = new ItemDocument { Id = "i1", Points = 1m, Rule = new() { Kind = "anyOf", Conditions = [new() { Id = "a", Text = "x" }, new() { Id = "note", Text = "y" }] } };
        var tiered = new ItemDocument { Id = "i2", Points = 1m, Rule = new() { Kind = "tiered", Levels = [new() { Id = "late", Text = "迟报", Loss = 3m }] } };

        Assert.Equal(["Rule.Conditions[1].Id"], new RuleValidator().Validate(anyOf).Errors.Select(static f => f.PropertyName));
        Assert.Equal(["Rule.Levels[0].Loss"], new RuleValidator().Validate(tiered).Errors.Select(static f => f.PropertyName));
    }

    [Fact]
    public void Validate_TwoItemsOfDifferentPoints_EachBoundByItsOwnPoints()
    {
        var validator = new RuleValidator();
        var rule = new RuleDocument { Kind = "flat", Loss = 2m };

        Assert.Empty(validator.Validate(new ItemDocument { Id = "big", Points = 2m, Rule = rule }).Errors);
        Assert.Contains("item 'small'", Assert.Single(validator.Validate(new ItemDocument { Id = "small", Points = 1m, Rule = rule }).Errors).ErrorMessage, StringComparison.Ordinal);
    }
}
