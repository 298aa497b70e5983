using System.Collections;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Json.Schema;

namespace Rubric.Engine.Schema.Tests;

public sealed class RubricWriterTests
{
    private static readonly RuleKind Attendance = AttendanceKind.Create();

    private static readonly RubricLoader Loader = new(null, [Attendance]);

    /// <summary>Text with what JSON must escape, Chinese, a character outside the BMP and a control character.</summary>
    private static readonly Gen<string> Text =
        Gen.OneOf("a", "Z", " ", "醒目标语", "\"", "\\", "\n", "\t", "\u0001", "/", "😀", "<&'>", "\u2028").Array[1, 4].Select(static parts => "x" + string.Concat(parts));

    private static readonly Gen<string> TextOrEmpty = Gen.Frequency((1, Gen.Const(string.Empty)), (4, Text));

    /// <summary>Points in (0, 1,000,000] with up to 20 decimal places.</summary>
    private static readonly Gen<decimal> Points =
        Gen.Select(Gen.Long[1, 1_000_000_000_000], Gen.Int[6, 20]).Select(static (m, places) => m / Pow10(places));

    private static readonly Gen<RuleKind> KindOf = Gen.OneOf<RuleKind>([.. RuleKind.BuiltIn, Attendance]);

    private static readonly Gen<ItemSketch> Item =
        from number in Gen.Int[0, 1000]
        from text in TextOrEmpty
        from points in Points
        from methods in Gen.Int[0, 31]
        from evidence in Text.Array[0, 2]
        from rule in KindOf.SelectMany(kind => RuleOf(kind.Name, points))
        select new ItemSketch(number, text, points, (EvidenceMethods)methods, evidence, rule);

    private static readonly Gen<(string Text, decimal Points, (string Text, decimal Points, ItemSketch[] Items)[] Stages)> Task =
        from text in TextOrEmpty
        from points in Points
        from stages in Gen.Select(TextOrEmpty, Points, Item.Array[1, 4]).Array[1, 3]
        select (text, points, stages);

    private static readonly Gen<RubricDefinition> Rubrics =
        from id in Gen.String[Gen.Char["aZ09._-"], 0, 8]
        from title in Text
        from points in Points
        from unitKind in Gen.Enum<UnitKind>()
        from missing in Gen.Enum<MissingObservationPolicy>()
        from bonus in Gen.Bool
        from incomplete in Text.Null()
        from tasks in Task.Array[1, 3]
        from awards in Gen.Int[0, 2]
        from seed in Gen.Int
        select Build("r" + id, title, points, unitKind, missing, bonus, incomplete, tasks, awards, seed);

    [Fact]
    public void Write_AnyRubric_LoadsBackEqual() =>
        Rubrics.Sample(rubric =>
        {
            var loaded = Loader.ParseRubric(Written(rubric, indented: false));

            Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
            AssertSameStructure(rubric, loaded.Value, "rubric");
        });

    [Theory]
    [InlineData("seeds/panlong.rubric.json")]
    [InlineData("seeds/panlong-staff.rubric.json")]
    [InlineData("tests/Rubric.Engine.Schema.Tests/Fixtures/valid.rubric.json")]
    public void Write_RubricFile_LoadsBackEqual(string path)
    {
        var original = new RubricLoader().LoadRubric(Path.Combine(TestFiles.RepoRoot, path)).Value!;

        var loaded = new RubricLoader().ParseRubric(Written(original, indented: true));

        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        AssertSameStructure(original, loaded.Value, "rubric");
    }

    [Fact]
    public void Write_SeedAndAHostKind_ValidAgainstTheEmbeddedSchemas()
    {
        var seed = new RubricLoader().LoadRubric(Path.Combine(TestFiles.RepoRoot, "seeds", "panlong.rubric.json")).Value!;
        var custom = WithAttendance();
        var shipped = JsonSchema.FromText(RubricSchemas.GetSchemaText(DocumentKind.Rubric), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var composed = JsonSchema.FromText(RubricSchemas.GetSchemaText(DocumentKind.Rubric, [Attendance]), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        using var seedJson = JsonDocument.Parse(Written(seed, indented: true));
        using var customJson = JsonDocument.Parse(Written(custom, indented: false));

        Assert.True(shipped.Evaluate(seedJson.RootElement).IsValid);
        Assert.True(composed.Evaluate(customJson.RootElement).IsValid);
        Assert.False(shipped.Evaluate(customJson.RootElement).IsValid);
    }

    [Fact]
    public void Write_FlatItem_KindFirstDefaultsLeftOutNonAsciiReadable()
    {
        var rubric = RubricDefinition.CreateBuilder("r", "细则")
            .AddTask("t1", 1, "任务", 1, task => task.AddStage("t1.s", "阶段", 1, stage => stage.AddFlatItem("t1.1", 1, "成立领导小组", 1, methods: EvidenceMethods.Check | EvidenceMethods.Listen)))
            .Build();

        var json = System.Text.Encoding.UTF8.GetString(Written(rubric, indented: false));

        Assert.Equal(
            """{"formatVersion":1,"id":"r","title":"细则","unitKind":"school","points":1,"missingObservations":"error","tasks":[{"id":"t1","number":1,"text":"任务","points":1,"stages":[{"id":"t1.s","text":"阶段","points":1,"items":[{"id":"t1.1","number":1,"text":"成立领导小组","points":1,"methods":["listen","check"],"rule":{"kind":"flat"}}]}]}]}""",
            json);
    }

    [Fact]
    public void Write_HostKindNotGiven_ThrowsNamingTheItemAndWritesNothing()
    {
        var rubric = WithAttendance();
        var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        var exception = Assert.Throws<ArgumentException>(() => RubricWriter.Write(writer, rubric));

        Assert.Equal("ruleKinds", exception.ParamName);
        Assert.Contains("of kind 'attendance'", exception.Message, StringComparison.Ordinal);
        writer.Flush();
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void Write_HostKindWithoutWriteFunction_Throws()
    {
        var readOnly = new RuleKind(Attendance.Name, Attendance.Evaluator, Attendance.ParametersSchema, Attendance.Read);
        var rubric = WithAttendance();
        using var writer = new Utf8JsonWriter(new MemoryStream());

        Assert.Throws<ArgumentException>(() => RubricWriter.Write(writer, rubric, [readOnly]));
    }

    [Fact]
    public void Write_HostKindNamedLikeABuiltInKind_Throws()
    {
        var flat = new RuleKind(FlatRule.KindName, new FlatRuleEvaluator(), "{}", static _ => new FlatRule());
        using var writer = new Utf8JsonWriter(new MemoryStream());

        Assert.Throws<ArgumentException>(() => RubricWriter.Write(writer, RubricDefinition.CreateBuilder("r", "R").AddTask("t", 1, "T", 1, t => t.AddStage("s", "S", 1, s => s.AddFlatItem("i", 1, "I", 1))).Build(), [flat]));
    }

    private static RubricDefinition WithAttendance() => RubricDefinition.CreateBuilder("r", "R")
        .AddTask("t", 1, "T", 2, t => t.AddStage("s", "S", 2, s => s
            .AddFlatItem("i1", 1, "I", 1)
            .AddItem(new Item("i2", 2, "缺勤", 1, new AttendanceKind.AttendanceRule(0.25m, "缺勤\"")))))
        .Build();

    private static byte[] Written(RubricDefinition rubric, bool indented)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            RubricWriter.Write(writer, rubric, [Attendance]);
        }

        return buffer.ToArray();
    }

    /// <summary>Every public property, recursively: what the model holds is what the loader built, whatever a later change adds to it.</summary>
    private static void AssertSameStructure(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} ≠ {actual ?? "null"}");
            return;
        }

        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.GetType().Name} ≠ {actual.GetType().Name}");
        if (expected is string or decimal or int or bool or Enum)
        {
            Assert.True(expected.Equals(actual), $"{path}: {expected} ≠ {actual}");
            return;
        }

        if (expected is IEnumerable list)
        {
            var (left, right) = (list.Cast<object?>().ToList(), ((IEnumerable)actual).Cast<object?>().ToList());
            Assert.True(left.Count == right.Count, $"{path}: {left.Count} ≠ {right.Count} elements");
            for (var i = 0; i < left.Count; i++)
            {
                AssertSameStructure(left[i], right[i], $"{path}[{i}]");
            }

            return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.GetIndexParameters().Length == 0))
        {
            AssertSameStructure(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
        }
    }

    private static Gen<DeductionRule> RuleOf(string kind, decimal points)
    {
        var part = Gen.Int[1, 9].Select(k => points / k);
        var unit = Text;
        return kind switch
        {
            FlatRule.KindName => part.Nullable().Select(static loss => (DeductionRule)new FlatRule(loss)),
            AnyOfRule.KindName => Gen.Select(Gen.Select(Text, Text.Null()).Array[1, 3], part.Nullable())
                .Select(static (conditions, loss) => (DeductionRule)new AnyOfRule(conditions.Select(static (c, i) => new RuleCondition("c" + i, c.Item1, c.Item2)), loss)),
            PerUnitRule.KindName => Gen.Select(part, part.Nullable(), Gen.Bool, unit)
                .Select(static (rate, cap, all, u) => (DeductionRule)new PerUnitRule(rate, cap, all, u)),
            ShortfallRule.KindName => Gen.Select(Gen.Int[1, 1000], part, part.Nullable(), Gen.Bool, unit)
                .Select(static (target, rate, cap, all, u) => (DeductionRule)new ShortfallRule(target, rate, cap, all, u)),
            TieredRule.KindName => Gen.Select(TextOrEmpty, Text.Null(), Gen.Frequency((1, Gen.Const(0m)), (3, part))).Array[1, 3]
                .Select(static levels => (DeductionRule)new TieredRule(levels.Select(static (l, i) => new RuleLevel("l" + i, l.Item1, l.Item3, l.Item2)))),
            JudgedRule.KindName => Gen.OneOf(1, 2, 4, 5, 10).Select(n => points / n).Nullable().Select(static step => (DeductionRule)new JudgedRule(step)),
            _ => Gen.Select(part, Text).Select(static (rate, label) => (DeductionRule)new AttendanceKind.AttendanceRule(rate, label)),
        };
    }

    private static RubricDefinition Build(
        string id, string title, decimal points, UnitKind unitKind, MissingObservationPolicy missing, bool bonus, string? incomplete,
        (string Text, decimal Points, (string Text, decimal Points, ItemSketch[] Items)[] Stages)[] tasks, int awards, int seed)
    {
        var builder = RubricDefinition.CreateBuilder(id, title).WithPoints(points).ForUnit(unitKind).WithMissingObservations(missing);
        if (bonus)
        {
            builder.AllowBonusAbovePoints();
        }

        if (incomplete is not null)
        {
            builder.MarkIncomplete(incomplete);
        }

        foreach (var (task, t) in tasks.Select(static (task, t) => (task, t)))
        {
            builder.AddTask(new RubricTask($"t{t}", t, task.Text, task.Points, task.Stages.Select((stage, s) => new Stage(
                $"t{t}.s{s}",
                stage.Text,
                stage.Points,
                stage.Items.Select((item, i) => new Item($"t{t}.s{s}.i{i}", item.Number, item.Text, item.Points, item.Rule, item.Methods, item.Evidence))))));
        }

        // Awards vary with the seed, their tie-breakers naming the rubric's own tasks and stages.
        var random = new Random(seed);
        for (var a = 0; a < awards; a++)
        {
            var quota = random.Next(2) == 0 ? AwardQuota.OfPercent(random.Next(1, 10_001) / 100m) : AwardQuota.OfCount(random.Next(0, 50));
            var resolution = (TieResolution)random.Next(3);
            var breakers = resolution != TieResolution.BreakTies ? [] : Enumerable.Range(0, random.Next(1, 4)).Select(_ => (TieBreakerKind)random.Next(4) switch
            {
                TieBreakerKind.TaskScore => new TieBreaker(TieBreakerKind.TaskScore, $"t{random.Next(tasks.Length)}"),
                TieBreakerKind.StageScore => new TieBreaker(TieBreakerKind.StageScore, "t0.s0"),
                var other => new TieBreaker(other),
            }).ToArray();
            var eligibility = random.Next(3) == 0 ? null : new AwardEligibility
            {
                MinimumScore = random.Next(2) == 0 ? null : random.Next(0, 100_000) / 1000m,
                ExcludeVetoed = random.Next(2) == 0,
                RequiredRound = random.Next(2) == 0 ? null : (AssessmentRound)random.Next(3),
            };
            builder.AddAwardPolicy(new AwardPolicy($"a{a}", "先进" + a, (UnitKind)random.Next(3), quota, (QuotaRounding)random.Next(3), new TiePolicy(resolution, breakers), eligibility));
        }

        return builder.Build();
    }

    private static decimal Pow10(int places)
    {
        var result = 1m;
        for (var i = 0; i < places; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private sealed record ItemSketch(int Number, string Text, decimal Points, EvidenceMethods Methods, string[] Evidence, DeductionRule Rule);
}
