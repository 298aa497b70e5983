using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Engine;
using Spectre.Console;

namespace Rubric.Cli.Scoring;

/// <summary>
/// The body of <c>rubric score</c> once the rubric is loaded: scores the records into the chosen
/// format and target, draws a progress bar only for a large batch on an interactive terminal,
/// and always prints the summary on standard error.
/// </summary>
internal static class ScoreRun
{
    public static int Execute(CliContext context, RubricDefinition rubric, IReadOnlyList<string> files, Func<IReadOnlyList<string>, Action<long>?, IRecordSource> read, ScoreSettings settings)
    {
        using var target = OutputTarget.Open(settings.OutPath, context.Out);
        var writer = ScorecardWriters.Create(settings, target.Writer, !target.IsFile && context.IsOutputTerminal);
        var scorer = new BatchScorer(ScoringEngine.Default, context.Error);
        BatchSummary summary;
        var totalBytes = files.Where(static f => f != "-").Sum(AssessmentInputs.SafeLength);
        var showProgress = context.IsOutputTerminal && context.IsErrorTerminal
            && (target.IsFile || settings.Format == ScoreFormat.Table)
            && totalBytes >= context.ProgressThresholdBytes
            && !files.Contains("-");
        if (showProgress)
        {
            var console = SpectreConsoles.Create(context.Error, isTerminal: true);
            summary = console.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("scoring 评分", maxValue: totalBytes);
                return scorer.Run(rubric, read(files, n => task.Increment(n)), writer);
            });
        }
        else
        {
            summary = scorer.Run(rubric, read(files, null), writer);
        }

        (writer as IDisposable)?.Dispose();
        target.Commit();
        context.Error.WriteLine(summary.ToString());
        return summary.Rejected > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }
}
