using System.CommandLine;
using System.Text.Json;
using Rubric.Cli.Awards;
using Rubric.Cli.Inputs;
using Rubric.Cli.Json;
using Rubric.Cli.Output;
using Rubric.Cli.Scoring;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric awards RUBRIC ROSTER INPUT...</c>: award lists per assessing body.</summary>
internal static class AwardsCommand
{
    public static Command Create(CliContext context)
    {
        var rubric = new Argument<string>("RUBRIC") { Description = "The rubric file, with its award policies." };
        var roster = new Argument<string>("ROSTER") { Description = "The roster of assessing bodies and their units (roster.json)." };
        var inputs = CommonOptions.AssessmentInputs();
        var format = CommonOptions.Format("table", "table", "json", "markdown");
        var output = CommonOptions.Out();
        var command = new Command(
            "awards",
            "awards — 评优: score the assessments and name the awards of every assessing body.\n"
            + "Each body (教管中心 centre, 县教工委 county) gets a list per award policy of the rubric (先进集体 advanced collectives, 先进个人 advanced individuals) "
            + "with the quota arithmetic, the cut-off score, ties and the reason for every unit.\n\n"
            + "Example:\n  rubric awards seeds/panlong.rubric.json seeds/roster.json seeds/assessments --format markdown")
        {
            rubric, roster, inputs, format, output,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetRequiredValue(rubric),
            parseResult.GetRequiredValue(roster),
            parseResult.GetRequiredValue(inputs),
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string rubricPath, string rosterPath, string[] inputs, string format, string? outPath)
    {
        var loader = new RubricLoader();
        var rubric = DocumentLoading.Rubric(loader, rubricPath, context.Error);
        var roster = DocumentLoading.Roster(loader, rosterPath, context.Error);
        if (rubric is null || roster is null)
        {
            context.Error.WriteLine("rubric awards: the rubric or the roster is invalid; no awards were named.");
            return ExitCodes.InvalidData;
        }

        var files = AssessmentInputs.Expand(inputs);
        var records = new AssessmentInputs(loader, context.OpenStdin).Read(files);
        return Execute(context, rubric, roster, records, format, outPath);
    }

    /// <summary>Scores the records, runs the award calculation and renders the lists.</summary>
    internal static int Execute(CliContext context, RubricDefinition rubric, Roster roster, IEnumerable<AssessmentRecord> records, string format, string? outPath)
    {
        var results = new List<ScoringResult>();
        var summary = new BatchScorer(ScoringEngine.Default, context.Error).Run(rubric, records, new CollectingScorecardWriter(), results.Add);
        context.Error.WriteLine(summary.ToString().Replace("rubric score:", "rubric awards:", StringComparison.Ordinal));
        var report = context.AwardsRunner.Run(rubric, roster, results);
        using var target = OutputTarget.Open(outPath, context.Out);
        switch (format)
        {
            case "json":
                target.Writer.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Readable.AwardsReport));
                break;
            case "markdown":
                AwardsRenderer.Markdown(report, target.Writer);
                break;
            default:
                AwardsRenderer.Table(report, SpectreConsoles.Create(target.Writer, !target.IsFile && context.IsOutputTerminal));
                break;
        }

        target.Commit();
        return summary.Rejected > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }
}
