using FluentValidation;

namespace Rubric.Engine.Schema.Tests;

public sealed class RubricDocumentValidatorTests
{
    private static readonly RubricDocumentValidator Validator = new();

    [Fact]
    public void Validate_ConsistentRubric_HasNoFailures()
    {
        var rubric = ValidatorFixtures.Rubric(ValidatorFixtures.Item("i1", 1m, new RuleDocument { Kind = "flat" }));

        Assert.True(Validator.Validate(rubric).IsValid);
    }

    [Fact]
    public void Validate_ItemReusesStageId_ReportsDuplicateAtTheItemId()
    {
        var rubric = ValidatorFixtures.Rubric(ValidatorFixtures.Item("s1", 1m, new RuleDocument { Kind = "flat" }));

        var failure = Assert.Single(Validator.Validate(rubric).Errors);

        Assert.Equal((DiagnosticCodes.DuplicateId, "/tasks/0/stages/0/items/0/id"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_TotalsDiffer_WarnsAtEachLevel()
    {
        var rubric = ValidatorFixtures.Rubric(ValidatorFixtures.Item("i1", 1m, new RuleDocument { Kind = "flat" }));
        rubric.Points = 100m;
        rubric.Tasks[0].Points = 25m;

        var failures = Validator.Validate(rubric).Errors;

        Assert.All(failures, static f => Assert.Equal((Severity.Warning, DiagnosticCodes.TotalMismatch), (f.Severity, f.ErrorCode)));
        Assert.Equal(["Points", "Tasks[0].Points"], failures.Select(static f => f.PropertyName));
    }

    [Fact]
    public void Validate_Incomplete_WarnsWithTheReason()
    {
        var rubric = ValidatorFixtures.Rubric(ValidatorFixtures.Item("i1", 1m, new RuleDocument { Kind = "flat" }));
        rubric.Incomplete = "breaks off at task 2";

        var failure = Assert.Single(Validator.Validate(rubric).Errors);

        Assert.Equal((Severity.Warning, DiagnosticCodes.IncompleteRubric), (failure.Severity, failure.ErrorCode));
        Assert.Contains("breaks off at task 2", failure.ErrorMessage, StringComparison.Ordinal);
    }
}
