using System.Text.Json;
using Json.Schema;

namespace Rubric.Engine.Schema.Tests;

public sealed class RubricSchemasTests
{
    [Theory]
    [InlineData(DocumentKind.Rubric, "rubric.schema.json")]
    [InlineData(DocumentKind.Assessment, "assessment.schema.json")]
    [InlineData(DocumentKind.Roster, "roster.schema.json")]
    [InlineData(DocumentKind.Plan, "plan.schema.json")]
    public void GetSchemaText_EachKind_IsTheDraft202012SchemaWithItsId(DocumentKind kind, string fileName)
    {
        using var schema = JsonDocument.Parse(RubricSchemas.GetSchemaText(kind));

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.EndsWith("/" + fileName, schema.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(fileName, RubricSchemas.GetFileName(kind));
    }

    [Fact]
    public void GetSchemaText_Unknown_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RubricSchemas.GetSchemaText(DocumentKind.Unknown));
    }

    [Fact]
    public void GetSchemaText_Rubric_DefinesEveryRuleKind()
    {
        using var schema = JsonDocument.Parse(RubricSchemas.GetSchemaText(DocumentKind.Rubric));
        var defs = schema.RootElement.GetProperty("$defs");

        foreach (var kind in new[] { "flat", "anyOf", "perUnit", "shortfall", "tiered", "judged" })
        {
            Assert.True(defs.TryGetProperty(kind + "Rule", out var rule), kind);
            Assert.Equal(kind, rule.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
        }
    }

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(TestFiles.CorpusDirectory, "*.json").Concat(Directory.GetFiles(Path.GetDirectoryName(TestFiles.Fixture("x"))!, "valid.*.json")).Order(StringComparer.Ordinal))
        {
            data.Add(path);
        }

        return data;
    }

    /// <summary>
    /// The schema an editor sees and the loader's structural step agree: a well-formed document
    /// (one System.Text.Json parses) is accepted by JsonSchema.Net alone exactly when the loader
    /// reports no structural (RUB11xx) error for it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void GetSchemaText_SameDocument_SchemaAloneAndLoaderAgreeOnStructure(string path)
    {
        var name = Path.GetFileName(path);
        var kind = name.StartsWith("assessment", StringComparison.Ordinal) || name.Contains("assessment.", StringComparison.Ordinal) ? DocumentKind.Assessment
            : name.StartsWith("roster", StringComparison.Ordinal) || name.Contains("roster.", StringComparison.Ordinal) ? DocumentKind.Roster
            : name.StartsWith("plan", StringComparison.Ordinal) || name.Contains("plan.", StringComparison.Ordinal) ? DocumentKind.Plan
            : DocumentKind.Rubric;
        var bytes = File.ReadAllBytes(path);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return; // System.Text.Json parses invalid UTF-8 inside strings lazily, and JsonSchema.Net then throws; the loader rejects it first (RUB1003).
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return; // Not JSON: the schema has nothing to say; the corpus tests cover the loader.
        }

        using (document)
        {
            var loader = new RubricLoader();
            var diagnostics = kind switch
            {
                DocumentKind.Assessment => loader.ParseAssessment(bytes).Diagnostics,
                DocumentKind.Roster => loader.ParseRoster(bytes).Diagnostics,
                DocumentKind.Plan => loader.ParsePlan(bytes).Diagnostics,
                _ => loader.ParseRubric(bytes).Diagnostics,
            };
            if (diagnostics.Any(static d => d.Code is DiagnosticCodes.NumberOutOfRange or DiagnosticCodes.NestingTooDeep))
            {
                return; // Beyond the loader's limits, where the schema has no opinion.
            }

            var schema = JsonSchema.FromText(RubricSchemas.GetSchemaText(kind), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            var schemaAccepts = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
            var loaderAccepts = !diagnostics.Any(static d => d.Code.StartsWith("RUB11", StringComparison.Ordinal));

            Assert.True(schemaAccepts == loaderAccepts, $"{name}: schema accepts {schemaAccepts}, loader accepts {loaderAccepts}: {string.Join(" | ", diagnostics)}");
        }
    }

    public static TheoryData<DocumentKind, string, string, bool> PatternSamples()
    {
        using var samples = JsonDocument.Parse(File.ReadAllBytes(TestFiles.Fixture("pattern-samples.json")));
        var data = new TheoryData<DocumentKind, string, string, bool>();
        foreach (var (kind, pointer, set) in new[] { (DocumentKind.Rubric, "/$defs/id", "id"), (DocumentKind.Roster, "/$defs/id", "id"), (DocumentKind.Assessment, "/$defs/id", "id"), (DocumentKind.Assessment, "/properties/date", "date") })
        {
            foreach (var verdict in new[] { "accepted", "rejected" })
            {
                foreach (var sample in samples.RootElement.GetProperty(set).GetProperty(verdict).EnumerateArray())
                {
                    data.Add(kind, pointer, sample.GetString()!, verdict == "accepted");
                }
            }
        }

        return data;
    }

    /// <summary>
    /// The patterns match the whole text in .NET as they do in JavaScript (ECMA-262, where an
    /// editor checks them): no id or date ending in a line feed passes here and fails there.
    /// eng/check-schemas.js runs the same samples through Ajv.
    /// </summary>
    [Theory]
    [MemberData(nameof(PatternSamples))]
    public void GetSchemaText_PatternSample_AcceptedAsInJavaScript(DocumentKind kind, string definitionPath, string sample, bool accepted)
    {
        using var schemaText = JsonDocument.Parse(RubricSchemas.GetSchemaText(kind));
        Assert.True(JsonPointers.TryResolve(schemaText.RootElement, definitionPath, out var definition));
        var pattern = definition.GetProperty("pattern").GetString()!;
        var schema = JsonSchema.FromText($$"""{ "type": "string", "pattern": {{JsonSerializer.Serialize(pattern)}} }""", new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var instance = JsonDocument.Parse(JsonSerializer.Serialize(sample));

        Assert.Equal(accepted, schema.Evaluate(instance.RootElement).IsValid);
    }
}
