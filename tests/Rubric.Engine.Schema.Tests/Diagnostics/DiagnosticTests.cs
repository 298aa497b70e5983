namespace Rubric.Engine.Schema.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void ToString_LocatedError_UsesCompilerConventionWithPointer()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonSyntax, "Invalid JSON.", "a.json", 4, 3, "/id");

        Assert.Equal("a.json(4,3): error RUB1001: Invalid JSON. [at /id]", diagnostic.ToString());
    }

    [Fact]
    public void ToString_WarningWithoutFileOrPointer_OmitsThem()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.IncompleteRubric, "Incomplete.", null, 0, 0, string.Empty);

        Assert.Equal("<input>: warning RUB1302: Incomplete.", diagnostic.ToString());
    }

    [Fact]
    public void AsError_Warning_KeepsEverythingButSeverity()
    {
        var warning = new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.TotalMismatch, "Sum.", "r.json", 2, 5, "/points");

        var error = warning.AsError();

        Assert.True(error.IsError);
        Assert.Equal((warning.Code, warning.Message, warning.File, warning.Line, warning.Column, warning.JsonPointer), (error.Code, error.Message, error.File, error.Line, error.Column, error.JsonPointer));
    }

    [Fact]
    public void ToString_ControlCharactersInMessageFileAndPointer_ShownEscaped()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DuplicateId, "The id 'a\nb' is already used.", "in\u001b[31m.json", 2, 5, "/assessor/a\r");

        Assert.Equal("The id 'a\\nb' is already used.", diagnostic.Message);
        Assert.Equal("in\\u001B[31m.json(2,5): error RUB1201: The id 'a\\nb' is already used. [at /assessor/a\\r]", diagnostic.ToString());
    }
}
