using System.Text;
using System.Text.Json;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

public sealed class AssessmentWriterTests
{
    private static readonly RubricLoader Loader = new();

    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab 中文\"\\\n/"], 1, 8];

    private static readonly Gen<ObservedValue> Value = Gen.OneOf(
        Gen.Bool.Select(static b => (ObservedValue)b),
        Gen.Int[0, 100_000].Select(static i => (ObservedValue)(i / 100m)),
        Text.Select(static s => (ObservedValue)s));

    // Some observations are scores typed directly (自查分 or 考核分), with or without what was seen beside them.
    private static readonly Gen<Observation[]> Column =
        Gen.Select(Value.Array[1, 3], Text.Null(), Text.Array[0, 2], Gen.Int[-2, 400])
            .Array[1, 6]
            .Select(static rows => rows.Select(static (r, i) => Make(
                $"t1.{i + 1}",
                r.Item1.Select(static (v, k) => KeyValuePair.Create("k" + k, v)),
                r.Item2,
                r.Item3,
                r.Item4)).ToArray());

    private static readonly Gen<Assessment> Assessments =
        Gen.Select(Text, Gen.Enum<AssessmentRound>(), Column, Column.Null(), Text.Null(), Gen.Int[-1, 3000])
            .Select(static x => new Assessment("unit-" + x.Item1.Length, x.Item2, x.Item3, x.Item4)
            {
                UnitName = x.Item1,
                RubricId = "rubric-1",
                AssessedBy = x.Item5,
                Notes = x.Item5,
                Date = x.Item6 < 0 ? null : new DateOnly(2011, 1, 1).AddDays(x.Item6),
            });

    [Fact]
    public void Write_AnyAssessment_LoadsBackEqual() =>
        Assessments.Sample(assessment =>
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                AssessmentWriter.Write(writer, assessment);
            }

            var loaded = Loader.ParseAssessment(buffer.ToArray());
            Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
            AssertSame(assessment, loaded.Value);
        });

    [Fact]
    public void WriteLines_ManyAssessments_ReadBackOneALineInOrder() =>
        Assessments.Array[0, 5].Sample(assessments =>
        {
            var buffer = new MemoryStream();
            AssessmentWriter.WriteLines(buffer, assessments);

            var text = Encoding.UTF8.GetString(buffer.ToArray());
            Assert.Equal(assessments.Length, text.Count(static c => c == '\n'));
            var loaded = Loader.ReadAssessmentLines(new MemoryStream(buffer.ToArray())).ToArray();
            Assert.Equal(assessments.Length, loaded.Length);
            for (var i = 0; i < loaded.Length; i++)
            {
                AssertSame(assessments[i], loaded[i].Value!);
            }
        });

    [Fact]
    public void Write_Assessment_ObservationsInTheOrderGiven()
    {
        string[] ids = ["t2.1", "t1.10", "t1.2", "t1.1", "t3.5", "t1.9", "t1.3", "t2.11", "t1.4", "t1.8", "t1.7", "t1.6"];
        var assessment = new Assessment("school-01", AssessmentRound.Annual, null, ids.Select(static id => Observation.Met(id, true)));
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AssessmentWriter.Write(writer, assessment);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(ids, document.RootElement.GetProperty("assessor").EnumerateObject().Select(static p => p.Name));
    }

    /// <summary>An observation of values; or, for a <paramref name="score"/> of 0 or more (in hundredths), a score typed directly, beside the values when the score is even.</summary>
    private static Observation Make(string itemId, IEnumerable<KeyValuePair<string, ObservedValue>> values, string? note, string[] evidence, int score) => score < 0
        ? new Observation(itemId, values, note, evidence)
        : Observation.Scored(itemId, score / 100m, score % 2 == 0 ? new Observation(itemId, values) : null, note, evidence);

    private static void AssertSame(Assessment expected, Assessment actual)
    {
        Assert.Equal((expected.UnitId, expected.UnitName, expected.RubricId, expected.Round, expected.Date, expected.AssessedBy, expected.Notes),
            (actual.UnitId, actual.UnitName, actual.RubricId, actual.Round, actual.Date, actual.AssessedBy, actual.Notes));
        foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
        {
            Assert.Equal(expected.Observations(side)?.Select(static o => o.ItemId), actual.Observations(side)?.Select(static o => o.ItemId));
            var (left, right) = (expected.Column(side), actual.Column(side));
            Assert.Equal(left is null, right is null);
            foreach (var (id, observation) in left ?? new Dictionary<string, Observation>())
            {
                var other = right![id];
                Assert.Equal(observation.Values.OrderBy(static v => v.Key), other.Values.OrderBy(static v => v.Key));
                Assert.Equal(observation.Score, other.Score);
                Assert.Equal(observation.Observed?.Values.OrderBy(static v => v.Key), other.Observed?.Values.OrderBy(static v => v.Key));
                Assert.Equal(observation.Note, other.Note);
                Assert.Equal(observation.Evidence, other.Evidence);
            }

            Assert.Equal(left?.Count, right?.Count);
        }
    }
}
