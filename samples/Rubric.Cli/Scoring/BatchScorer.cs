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
    private readonly ScoringEngine _engine;
    private readonly TextWriter _errors;

    public BatchScorer(ScoringEngine engine, TextWriter errors)
    {
        _engine = engine;
        _errors = errors;
    }

    public BatchSummary Run(RubricDefinition rubric, IEnumerable<AssessmentRecord> records, IScorecardWriter writer, Action? afterEach = null)
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
                if (result.Succeeded)
                {
                    writer.Write(result.Scorecard);
                    summary.AddScored();
                }
                else
                {
                    foreach (var error in result.Errors)
                    {
                        _errors.WriteLine(ScoringErrorLocator.ToDiagnostic(error, record).ToString());
                    }

                    summary.AddRejected();
                }
            }

            afterEach?.Invoke();
        }

        writer.End();
        return summary;
    }
}
