using System.Text.Json;

namespace Rubric.Engine.Schema.Tests;

public sealed class DiagnosticJsonTests
{
    private static readonly Diagnostic[] Sample =
    [
        new(DiagnosticSeverity.Error, DiagnosticCodes.OutOfRange, "Expected a number greater than 0, found -1.", "r.json", 13, 52, "/tasks/0/points"),
        new(DiagnosticSeverity.Warning, DiagnosticCodes.IncompleteRubric, "The rubric is marked incomplete: 未完.", null, 0, 0, string.Empty),
    ];

    [Fact]
    public void ToJson_Diagnostics_WritesEveryFieldInCamelCase()
    {
        using var document = JsonDocument.Parse(DiagnosticJson.ToJson(Sample));

        var first = document.RootElement[0];
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("RUB1104", first.GetProperty("code").GetString());
        Assert.Equal("r.json", first.GetProperty("file").GetString());
        Assert.Equal(13, first.GetProperty("line").GetInt32());
        Assert.Equal(52, first.GetProperty("column").GetInt32());
        Assert.Equal("/tasks/0/points", first.GetProperty("jsonPointer").GetString());
        var second = document.RootElement[1];
        Assert.Equal("warning", second.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("file").ValueKind);
        Assert.Equal("The rubric is marked incomplete: 未完.", second.GetProperty("message").GetString());
    }

    [Fact]
    public void Write_Stream_WritesTheSameArray()
    {
        using var stream = new MemoryStream();

        DiagnosticJson.Write(stream, Sample);

        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(2, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void ToJson_NoDiagnostics_WritesEmptyArray()
    {
        Assert.Equal("[]", DiagnosticJson.ToJson([]));
    }
}
