using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Scoring;

/// <summary>
/// Scores a stream of records: a record that does not load or does not score is reported on the
/// error writer with its file and line, and the others go on being scored. Records are loaded and
/// scored in parallel chunks but reported and written in input order; only a few chunks are held
/// at a time, and the writer decides what it keeps.
/// </summary>
internal sealed class BatchScorer
{
    private const int MaxPerCode = 5;
    private const int ChunkSize = 16;
    private static readonly int MaxChunksInFlight = Environment.ProcessorCount + 1;
    private readonly ScoringEngine _engine;
    private readonly TextWriter _errors;

    public BatchScorer(ScoringEngine engine, TextWriter errors)
    {
        _engine = engine;
        _errors = errors;
    }

    /// <summary>
    /// Whether records are scored ahead in parallel chunks (the default). Off for an input that
    /// arrives while it is scored, such as standard input fed by another program: each record is
    /// then reported as soon as it is read.
    /// </summary>
    public bool ScoresAhead { get; init; } = true;

    public BatchSummary Run(RubricDefinition rubric, IEnumerable<AssessmentRecord> records, IScorecardWriter writer, Action<ScoringResult>? onResult = null)
    {
        var plan = _engine.Compile(rubric);
        var summary = new BatchSummary();
        writer.Begin(rubric);
        var renderer = onResult is null ? writer as IRowRenderingWriter : null;
        var scored = ScoresAhead
            ? ScoreInOrder(plan, records, renderer)
            : records.Select(record => (record, record.Assessment is { } assessment ? plan.Score(assessment) : null, (string?)null));
        foreach (var (record, result, rendered) in scored)
        {
            foreach (var diagnostic in record.Diagnostics)
            {
                _errors.WriteLine(diagnostic.ToString());
            }

            if (rendered is not null)
            {
                renderer!.WriteRendered(rendered);
                summary.AddScored();
                continue;
            }

            if (result is null)
            {
                if (!record.Diagnostics.Any(static d => d.IsError))
                {
                    _errors.WriteLine($"{record.Source}({record.Line},1): error RUB1999: the record could not be read.");
                }

                summary.AddRejected();
            }
            else
            {
                onResult?.Invoke(result);
                if (result.Succeeded)
                {
                    writer.Write(result.Scorecard);
                    summary.AddScored();
                }
                else
                {
                    ReportErrors(result.Errors, record);

                    summary.AddRejected();
                }
            }
        }

        writer.End();
        return summary;
    }

    /// <summary>
    /// Loads and scores chunks of records on the thread pool while this thread reads ahead and
    /// writes, handing the results back in input order, so the output is the sequential one.
    /// At most <see cref="MaxChunksInFlight"/> chunks are held, whatever the input's size. With a
    /// <paramref name="renderer"/>, a scored record is rendered where it was scored and only its
    /// text is kept: objects that die young cost the collector next to nothing.
    /// </summary>
    private static IEnumerable<(AssessmentRecord Record, ScoringResult? Result, string? Rendered)> ScoreInOrder(ScoringPlan plan, IEnumerable<AssessmentRecord> records, IRowRenderingWriter? renderer)
    {
        var pending = new Queue<Task<(AssessmentRecord, ScoringResult?, string?)[]>>();
        var chunk = new List<AssessmentRecord>(ChunkSize);
        foreach (var record in records)
        {
            chunk.Add(record);
            if (chunk.Count < ChunkSize)
            {
                continue;
            }

            pending.Enqueue(Start(plan, chunk, renderer));
            chunk = new List<AssessmentRecord>(ChunkSize);
            while (pending.Count >= MaxChunksInFlight)
            {
                foreach (var scored in pending.Dequeue().GetAwaiter().GetResult())
                {
                    yield return scored;
                }
            }
        }

        if (chunk.Count > 0)
        {
            pending.Enqueue(Start(plan, chunk, renderer));
        }

        while (pending.Count > 0)
        {
            foreach (var scored in pending.Dequeue().GetAwaiter().GetResult())
            {
                yield return scored;
            }
        }
    }

    private static Task<(AssessmentRecord, ScoringResult?, string?)[]> Start(ScoringPlan plan, List<AssessmentRecord> chunk, IRowRenderingWriter? renderer) =>
        Task.Run(() =>
        {
            var scored = new (AssessmentRecord, ScoringResult?, string?)[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                var record = chunk[i];
                var result = record.Assessment is { } assessment ? plan.Score(assessment) : null;
                if (renderer is not null && result is { Succeeded: true })
                {
                    scored[i] = (record, null, renderer.Render(result.Scorecard));
                    record.Forget();
                }
                else
                {
                    scored[i] = (record, result, null);
                }
            }

            return scored;
        });

    /// <summary>
    /// Every error of a record, except that one code repeated past <see cref="MaxPerCode"/> times
    /// (an assessment missing its whole assessor column, say) is summed up in one line.
    /// </summary>
    private void ReportErrors(IReadOnlyList<ScoringError> errors, AssessmentRecord record)
    {
        var shown = new Dictionary<ScoringErrorCode, int>();
        foreach (var error in errors)
        {
            shown[error.Code] = shown.GetValueOrDefault(error.Code) + 1;
            if (shown[error.Code] <= MaxPerCode)
            {
                _errors.WriteLine(ScoringErrorLocator.ToDiagnostic(error, record).ToString());
            }
        }

        foreach (var (code, count) in shown.Where(static s => s.Value > MaxPerCode))
        {
            var sample = errors.First(e => e.Code == code);
            _errors.WriteLine(System.FormattableString.Invariant($"{record.Source}({record.Line},1): error {sample.CodeText}: ... and {count - MaxPerCode} more like this in the same record."));
        }
    }
}
