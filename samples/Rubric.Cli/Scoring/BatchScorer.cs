using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Scoring;

/// <summary>
/// Scores a stream of records one at a time: a record that does not load or does not score is
/// reported on the error writer with its file and line, and the others go on being scored. Only
/// the current record is held; the writer decides what it keeps.
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

    public BatchSummary Run(RubricDefinition rubric, IEnumerable<AssessmentRecord> records, IScorecardWriter writer, Action<ScoringResult>? onResult = null)
    {
        var plan = _engine.Compile(rubric);
        var summary = new BatchSummary();
        writer.Begin(rubric);
        foreach (var record in records)
        {
            foreach (var diagnostic in record.Diagnostics)
            {
                _errors.WriteLine(diagnostic.ToString());
            }

            if (record.Assessment is null)
            {
                if (!record.Diagnostics.Any(static d => d.IsError))
                {
                    _errors.WriteLine($"{record.Source}({record.Line},1): error RUB1999: the record could not be read.");
                }

                summary.AddRejected();
            }
            else
            {
                var result = plan.Score(record.Assessment);
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
