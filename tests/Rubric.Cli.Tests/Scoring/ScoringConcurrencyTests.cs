using System.Security.Cryptography;
using System.Text;
using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Scoring;

/// <summary>
/// One engine, one compiled plan and one rubric shared by every core: 100,000 generated
/// assessments scored in parallel render byte for byte as when scored one after another, and the
/// host's own output for a batch is the same on every run.
/// </summary>
public sealed class ScoringConcurrencyTests
{
    private const int Count = 100_000;

    [Fact]
    public void Score_100000AssessmentsOnAllCores_SameBytesAsSequential()
    {
        var rubric = TestRubrics.Demo();
        var engine = ScoringEngine.Default;
        var plan = engine.Compile(rubric);
        var assessments = Enumerable.Range(0, Count).Select(Generate).ToArray();

        var sequential = assessments.Select(plan.Score).ToArray();
        var parallel = new ScoringResult[Count];
        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
        {
            // Half through the shared plan, half through the engine (which compiles per call): both must be safe to share.
            parallel[i] = i % 2 == 0 ? plan.Score(assessments[i]) : engine.Score(rubric, assessments[i]);
        });

        Assert.Equal(sequential.Count(static r => r.Succeeded), parallel.Count(static r => r.Succeeded));
        Assert.True(sequential.Count(static r => r.Succeeded) > Count / 2, "most generated assessments should score");
        Assert.Equal(Render(rubric, sequential, Csv), Render(rubric, parallel, Csv));
        Assert.Equal(Render(rubric, sequential, Json), Render(rubric, parallel, Json));
        Assert.Equal(Errors(sequential), Errors(parallel));
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("markdown")]
    public void Score_SeedBatchTwice_ByteIdenticalOutput(string format)
    {
        string[] args = ["score", Repo.Seed("panlong.rubric.json"), Repo.Seed("assessments"), Repo.Seed("batch.jsonl"), "--format", format, "--explain"];

        var first = CliRun.Invoke(args);
        var second = CliRun.Invoke(args);

        Assert.NotEmpty(first.Out);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(first.Error, second.Error);
        Assert.Equal(first.ExitCode, second.ExitCode);
    }

    private static IScorecardWriter Csv(TextWriter writer) => new CsvScorecardWriter(writer, explain: true, ExplanationLanguage.Chinese);

    private static IScorecardWriter Json(TextWriter writer) => new JsonScorecardWriter(writer, ExplanationLanguage.English);

    /// <summary>A SHA-256 of what the writer wrote: 100,000 JSON scorecards are too large to hold as text twice.</summary>
    private static string Render(RubricDefinition rubric, ScoringResult[] results, Func<TextWriter, IScorecardWriter> create)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var stream = new HashingStream(hash))
        using (var text = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024))
        {
            var writer = create(text);
            writer.Begin(rubric);
            foreach (var result in results)
            {
                if (result.Succeeded)
                {
                    writer.Write(result.Scorecard);
                }
            }

            writer.End();
            (writer as IDisposable)?.Dispose();
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Errors(ScoringResult[] results) =>
        string.Join('\n', results.Select(static (r, i) => r.Succeeded ? string.Empty : i + ":" + string.Join(';', r.Errors.Select(static e => e.ToString()))));

    /// <summary>A deterministic assessment: every sixth one has a negative count, which is a scoring error.</summary>
    private static Assessment Generate(int index)
    {
        var random = new Random(index);
        Observation[] Column() =>
        [
            Observation.Met("t1.1", random.Next(2) == 0),
            Observation.Conditions("t1.4", ("slogan", random.Next(2) == 0), ("noticeboard", random.Next(2) == 0)),
            Observation.Level("t1.6", new[] { "ontime", "late", "missing" }[random.Next(3)]),
            Observation.Missing("t1.7", index % 6 == 5 ? -1 : random.Next(5)),
            Observation.Achieved("t1.13", random.Next(25)),
            Observation.Awarded("t1.16", random.Next(5) * 0.5m),
        ];

        return new Assessment("unit-" + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), AssessmentRound.Annual, Column(), Column()) { RubricId = "demo" };
    }

    private sealed class HashingStream(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
