using System.Text.Json;

namespace Rubric.Engine.Schema.Tests;

public sealed class AssessmentDocumentValidatorTests
{
    private static readonly AssessmentDocumentValidator Validator = new();

    [Fact]
    public void Validate_NoColumns_ReportsMissingColumnAtTheRoot()
    {
        var failure = Assert.Single(Validator.Validate(new AssessmentDocument { Unit = new() { Id = "s1" }, Round = "annual" }).Errors);

        Assert.Equal((DiagnosticCodes.MissingColumn, string.Empty), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_NoteThatIsNotText_ReportsTypeMismatchAtTheNote()
    {
        using var value = JsonDocument.Parse("5");
        var document = new AssessmentDocument
        {
            Unit = new() { Id = "s1" },
            Round = "annual",
            Self = new() { ["t1.1"] = new() { ["note"] = value.RootElement } },
        };

        var failure = Assert.Single(Validator.Validate(document).Errors);

        Assert.Equal((DiagnosticCodes.TypeMismatch, "/self/t1.1/note"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_ImpossibleDate_ReportsInvalidValue()
    {
        var document = new AssessmentDocument { Unit = new() { Id = "s1" }, Round = "annual", Date = "2011-02-30", Self = [] };

        Assert.Equal([DiagnosticCodes.InvalidValue], Validator.Validate(document).Errors.Select(static f => f.ErrorCode));
    }
}
