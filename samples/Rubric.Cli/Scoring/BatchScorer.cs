using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Scoring;

/// <summary>
/// Scores a stream of records: a record that does not load or does not score is reported on the
/// error writer with its file and line, and the others go on being scored. Each record is scored
/// (and, for a row format, rendered) where it is loaded, which for a named JSON Lines file is on
/// the cores that parse it; results are reported and written in input order, and only a few
/// chunks of records are held at a time.
/// </summary>
internal sealed class BatchScorer
{
    private const int MaxPerCode = 5;
    private readonly ScoringEngine _engine;
    private readonly TextWriter _errors;

    public BatchScorer(ScoringEngine engine, TextWriter errors)
    {
        _engine = engine;
        _errors = errors;
    }

    public BatchSummary Run(RubricDefinition rubric, IEnumerable<AssessmentRecord> records, IScorecardWriter writer, Action<ScoringResult>? onResult = null) =>
        Run(rubric, new RecordList(records), writer, onResult);

    public BatchSummary Run(RubricDefinition rubric, IRecordSource source, IScorecardWriter writer, Action<ScoringResult>? onResult = null)
    {
        var plan = _engine.Compile(rubric);
        var summary = new BatchSummary();
        writer.Begin(rubric);
        var renderer = onResult is null ? writer as IRowRenderingWriter : null;
        foreach (var (record, result, rendered) in source.Read(record => Score(plan, record, renderer)))
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
                    _errors.WriteLine($"{DisplayText.Escape(record.Source)}({record.Line},1): error RUB1999: the record could not be read.");
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
    /// Scores one record where it was loaded. With a <paramref name="renderer"/>, a scored record
    /// is rendered there too and only its text is kept: objects that die young cost the collector
    /// next to nothing.
    /// </summary>
    private static (AssessmentRecord Record, ScoringResult? Result, string? Rendered) Score(ScoringPlan plan, AssessmentRecord record, IRowRenderingWriter? renderer)
    {
        var result = record.Assessment is { } assessment ? plan.Score(assessment) : null;
        if (renderer is not null && result is { Succeeded: true })
        {
            var rendered = renderer.Render(result.Scorecard);
            record.Forget();
            return (record, null, rendered);
        }

        return (record, result, null);
    }

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
            _errors.WriteLine(System.FormattableString.Invariant($"{DisplayText.Escape(record.Source)}({record.Line},1): error {sample.CodeText}: ... and {count - MaxPerCode} more like this in the same record."));
        }
    }
}
