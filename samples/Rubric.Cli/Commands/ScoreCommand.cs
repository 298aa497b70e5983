using System.CommandLine;
using Rubric.Cli.Inputs;
using Rubric.Cli.Output;
using Rubric.Cli.Scoring;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric score RUBRIC INPUT...</c>: per-unit scorecards in table, JSON, CSV or Markdown.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var rubric = new Argument<string>("RUBRIC") { Description = "The rubric file (*.rubric.json)." };
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Assessment files, folders (every *.json inside, sorted), JSON Lines files (*.jsonl, one assessment per line), or - for JSON Lines on standard input.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectingOptionLikeTokens();
        var format = CommonOptions.Format("table", "table", "json", "csv", "markdown");
        var explain = new Option<bool>("--explain") { Description = "List every lost point with the sentence that explains it (失分说明)." };
        var language = CommonOptions.Language();
        var output = CommonOptions.Out();
        var command = new Command(
            "score",
            "score — 评分: score assessments against a rubric, one scorecard per unit with the self total (自查分), the assessor total (考核分) and the gap between them.\n"
            + "table: unit, totals, gap; json: full scorecards with every item score and deduction; csv: one row per unit with totals and per-task scores; markdown: a table.\n"
            + "A record that cannot be scored is reported with its file and line and the others are still scored (exit code 1). A summary (read, scored, rejected) always goes to standard error.\n\n"
            + "Example:\n  rubric score seeds/panlong.rubric.json seeds/assessments seeds/batch.jsonl --format csv --out scores.csv")
        {
            rubric, inputs, format, explain, language, output,
        };
        command.SetAction(parseResult =>
        {
            var settings = new ScoreSettings(
                ScorecardWriters.Parse(parseResult.GetValue(format)),
                parseResult.GetValue(explain),
                CommonOptions.ParseLanguage(parseResult.GetValue(language)),
                parseResult.GetValue(output));
            return Run(context, parseResult.GetRequiredValue(rubric), parseResult.GetRequiredValue(inputs), settings);
        });
        return command;
    }

    private static int Run(CliContext context, string rubricPath, string[] inputs, ScoreSettings settings)
    {
        var loader = new RubricLoader();
        var rubric = DocumentLoading.Rubric(loader, rubricPath, context.Error);
        if (rubric is null)
        {
            context.Error.WriteLine($"rubric score: {DisplayText.Escape(rubricPath)} is not a valid rubric; nothing was scored.");
            return ExitCodes.InvalidData;
        }

        var files = AssessmentInputs.Expand(inputs);
        var reader = new AssessmentInputs(loader, context.OpenStdin);
        return ScoreRun.Execute(context, rubric, files, reader.Source, settings);
    }
}
