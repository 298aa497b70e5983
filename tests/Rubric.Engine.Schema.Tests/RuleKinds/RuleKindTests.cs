using System.Text.Json;

namespace Rubric.Engine.Schema.Tests;

public sealed class RuleKindTests
{
    private static readonly RubricLoader Loader = new(null, [AttendanceKind.Create()]);

    [Fact]
    public void ParseRubric_RegisteredKind_ReadsItsParameters()
    {
        var result = Loader.ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "perAbsence": 0.25, "label": "缺勤" }""")));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var rule = Assert.IsType<AttendanceKind.AttendanceRule>(result.Value.Items[1].Rule);
        Assert.Equal(0.25m, rule.PerAbsence);
        Assert.Equal("缺勤", rule.Label);
        Assert.IsType<FlatRule>(result.Value.Items[0].Rule);
    }

    [Fact]
    public void ParseRubric_RegisteredKind_ScoredByEngineWithItsEvaluator()
    {
        var kind = AttendanceKind.Create();
        var rubric = Loader.ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "perAbsence": 0.25 }"""))).Value!;
        var engine = ScoringEngine.CreateBuilder().AddRuleKind(kind.Evaluator).Build();
        var assessment = new Assessment("school-01", AssessmentRound.Annual, self: null,
            assessor: [Observation.Met("i1", true), Observation.Of("i2", ("absences", 3m))]);

        Assert.Equal(1.25m, engine.Score(rubric, assessment).Scorecard!.Total.Assessor);
    }

    [Fact]
    public void ParseRubric_BadParameterType_LocatedSchemaDiagnostic()
    {
        var result = Loader.ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "perAbsence": "a lot" }""")), "a.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TypeMismatch, diagnostic.Code);
        Assert.Equal("/tasks/0/stages/0/items/1/rule/perAbsence", diagnostic.JsonPointer);
        Assert.Equal(5, diagnostic.Line);
        Assert.Equal("a.json", diagnostic.File);
    }

    [Fact]
    public void ParseRubric_MissingAndUnknownParameters_ReportedLikeBuiltInKinds()
    {
        var result = Loader.ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "rate": 1 }""")));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingProperty && d.Message.Contains("perAbsence", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownProperty && d.JsonPointer == "/tasks/0/stages/0/items/1/rule/rate");
    }

    [Fact]
    public void ParseRubric_ReaderRejectsValue_ErrorAtTheRule()
    {
        var result = Loader.ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "perAbsence": 1, "label": "" }""")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, diagnostic.Code);
        Assert.Equal("/tasks/0/stages/0/items/1/rule", diagnostic.JsonPointer);
        Assert.Contains("The label is empty.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRubric_RuleDoesNotFitItsItem_ErrorAtTheRule()
    {
        var result = Loader.ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "perAbsence": 1.5 }""")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidValue, "/tasks/0/stages/0/items/1/rule"), (diagnostic.Code, diagnostic.JsonPointer));
        Assert.Contains("perAbsence 1.5 exceeds the item's 1 points", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseRubric_KindNotRegistered_UnknownRuleKindListsRegisteredOnes()
    {
        var json = TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "perAbsence": 1 }"""));

        var diagnostic = Assert.Single(new RubricLoader().ParseRubric(json).Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownRuleKind, diagnostic.Code);
        Assert.Contains(Loader.ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "absent" }"""))).Diagnostics,
            d => d.Code == DiagnosticCodes.UnknownRuleKind && d.Message.Contains("\"attendance\"", StringComparison.Ordinal));
    }

    [Fact]
    public void GetSchemaText_RegisteredKind_ListedWithItsParameters()
    {
        using var schema = JsonDocument.Parse(RubricSchemas.GetSchemaText(DocumentKind.Rubric, [AttendanceKind.Create()]));

        var defs = schema.RootElement.GetProperty("$defs");
        Assert.Contains("attendance", defs.GetProperty("rule").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("attendance", defs.GetProperty("attendanceRule").GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
        Assert.True(defs.GetProperty("attendanceRule").GetProperty("properties").TryGetProperty("perAbsence", out _));
    }

    [Fact]
    public void GetSchemaText_BuiltInKindsGiven_ShippedSchema() =>
        Assert.Equal(RubricSchemas.GetSchemaText(DocumentKind.Rubric), RubricSchemas.GetSchemaText(DocumentKind.Rubric, RuleKind.BuiltIn));

    [Fact]
    public void RubricLoader_BuiltInKindsGivenAgain_ListedOnceBeforeTheHostsKinds()
    {
        var attendance = AttendanceKind.Create();

        var loader = new RubricLoader(null, [attendance, .. RuleKind.BuiltIn]);

        Assert.Equal([.. RuleKind.BuiltIn, attendance], loader.RuleKinds);
    }

    [Fact]
    public void GetSchemaText_NoKinds_ShippedSchema() =>
        Assert.Equal(RubricSchemas.GetSchemaText(DocumentKind.Rubric), RubricSchemas.GetSchemaText(DocumentKind.Rubric, []));

    [Fact]
    public void RubricLoader_HostKindNamedLikeABuiltInKind_Throws()
    {
        var flat = new RuleKind("flat", new AttendanceKind.AttendanceRuleEvaluator(), "{}", static _ => throw new InvalidOperationException());

        Assert.Contains("a built-in kind", Assert.Throws<ArgumentException>(() => new RubricLoader(null, [flat])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_SixKinds_EachWithTheSchemaDefinitionAndEvaluatorOfItsRule()
    {
        using var schema = JsonDocument.Parse(RubricSchemas.GetSchemaText(DocumentKind.Rubric));

        Assert.Equal(["flat", "anyOf", "perUnit", "shortfall", "tiered", "judged"], RuleKind.BuiltIn.Select(static k => k.Name));
        Assert.Equal([typeof(FlatRule), typeof(AnyOfRule), typeof(PerUnitRule), typeof(ShortfallRule), typeof(TieredRule), typeof(JudgedRule)], RuleKind.BuiltIn.Select(static k => k.Evaluator.RuleType));
        Assert.All(RuleKind.BuiltIn, k => Assert.Equal(schema.RootElement.GetProperty("$defs").GetProperty(k.Name + "Rule").GetRawText(), k.ParametersSchema));
    }

    [Fact]
    public void BuiltIn_ReadShortfallWithDefaults_FollowsTheFormat()
    {
        using var json = JsonDocument.Parse("""{ "kind": "shortfall", "target": 20, "rate": 0.2 }""");

        var rule = Assert.IsType<ShortfallRule>(RuleKind.BuiltIn[3].Read(json.RootElement));

        Assert.Equal((20, 0.2m, (decimal?)null, true, "人次"), (rule.Target, rule.Rate, rule.Cap, rule.NoneDoneLosesAll, rule.Unit));
    }

    [Fact]
    public void BuiltIn_WriteTieredRule_KindFirstAndEveryLevelWithItsTexts()
    {
        var rule = new TieredRule([new RuleLevel("late", "迟报", 1m, "reported late"), new RuleLevel("missing", "未报", 2.50m)]);

        var written = RuleKind.BuiltIn[4].Write!(rule).ToJsonString();

        Assert.Equal("""{"kind":"tiered","levels":[{"id":"late","text":"\u8FDF\u62A5","englishText":"reported late","loss":1},{"id":"missing","text":"\u672A\u62A5","loss":2.50}]}""", written);
    }

    [Fact]
    public void BuiltIn_WriteRuleOfAnotherKind_Throws() =>
        Assert.Throws<ArgumentException>(() => RuleKind.BuiltIn[0].Write!(new JudgedRule()));

    [Fact]
    public void Constructor_SchemaNotAnObject_Throws() =>
        Assert.Throws<ArgumentException>(() => new RuleKind("attendance", new AttendanceKind.AttendanceRuleEvaluator(), "[]", static _ => throw new InvalidOperationException()));

    [Fact]
    public void RubricLoader_TwoKindsOfOneName_Throws() =>
        Assert.Throws<ArgumentException>(() => new RubricLoader(null, [AttendanceKind.Create(), AttendanceKind.Create()]));
}
