using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rubric.Cli.Awards;
using Rubric.Cli.Inputs;
using Rubric.Cli.Json;
using Rubric.Cli.Output;
using Rubric.Cli.Scoring;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary>
/// <c>rubric awards PLAN ROSTER INPUT...</c>: award lists per level and assessing body, each assessment
/// routed to the plan's rubric it names; or, for a sheet without a plan, <c>rubric awards RUBRIC ROSTER INPUT...</c>.
/// </summary>
internal static class AwardsCommand
{
    public static Command Create(CliContext context)
    {
        var rubric = new Argument<string>("PLAN|RUBRIC") { Description = "The plan (*.plan.json), which names the rubrics and the awards of each level; or a rubric with award policies of its own (deprecated)." };
        var roster = new Argument<string>("ROSTER") { Description = "The roster of assessing bodies and their units (roster.json)." };
        var inputs = CommonOptions.AssessmentInputs();
        var format = CommonOptions.Format("table", "table", "json", "csv", "markdown");
        var output = CommonOptions.Out();
        var command = new Command(
            "awards",
            "awards — 评优: score the assessments and name the awards of every assessing body.\n"
            + "With a plan, each assessment is scored on the plan's rubric it names (an assessment for another rubric is refused), and each body (教管中心 centre, 县教工委 county) "
            + "gets a list per award of its level (先进集体 advanced collectives, 先进个人 advanced individuals) with the quota arithmetic, the cut-off score, ties and the reason "
            + "for every unit; an award the plan leaves open is reported as to be announced (另行通知), without a quota.\n\n"
            + "Example:\n  rubric awards seeds/panlong.plan.json seeds/roster.json seeds/assessments seeds/assessments/staff --format markdown")
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
        DocumentLoading.RequireFile(rubricPath);
        if (IsPlan(loader, rubricPath))
        {
            return RunPlan(context, loader, rubricPath, rosterPath, inputs, format, outPath);
        }

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
        Render(context, report, format, outPath);
        return Unusable(context, report) || summary.Rejected > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    /// <summary>
    /// Routes each record to the plan's rubric it names and scores it there; a record for a rubric
    /// the plan does not name is refused with a located error and counted, never dropped.
    /// </summary>
    internal static int ExecutePlan(CliContext context, AssessmentPlan plan, IReadOnlyDictionary<string, RubricDefinition> rubrics, Roster roster, IEnumerable<AssessmentRecord> records, string format, string? outPath)
    {
        var batches = plan.Rubrics.ToDictionary(static r => r.RubricId, static _ => new List<AssessmentRecord>(), StringComparer.Ordinal);
        var refused = 0L;
        foreach (var record in records)
        {
            if (record.Assessment is { } assessment && plan.RubricFor(assessment.RubricId) is null)
            {
                var pointer = assessment.RubricId is null ? string.Empty : "/rubric";
                var (line, column) = record.Locate(pointer) ?? (record.Line, 1);
                var named = string.Join(", ", plan.Rubrics.Select(static r => r.RubricId));
                var what = assessment.RubricId is null ? "names no rubric" : $"is for rubric '{assessment.RubricId}'";
                context.Error.WriteLine(new Diagnostic(DiagnosticSeverity.Error, HostDiagnosticCodes.RubricNotInPlan, $"The assessment of '{assessment.UnitId}' {what}, which plan '{plan.Id}' does not name ({named}); it is refused, not scored.", record.Source, line, column, pointer));
                refused++;
                continue;
            }

            // A record that did not load is reported, with the others of its file, by the first sheet's batch.
            batches[record.Assessment?.RubricId ?? plan.Rubrics[0].RubricId].Add(record);
        }

        var results = new List<ScoringResult>();
        long scored = 0, rejected = refused;
        foreach (var sheet in plan.Rubrics)
        {
            var summary = new BatchScorer(ScoringEngine.Default, context.Error).Run(rubrics[sheet.RubricId], batches[sheet.RubricId], new CollectingScorecardWriter(), results.Add);
            scored += summary.Scored;
            rejected += summary.Rejected;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rubric awards: read {scored + rejected}, scored {scored}, rejected {rejected}."));
        var report = context.AwardsRunner.Run(plan, roster, results);
        Render(context, report, format, outPath);
        return Unusable(context, report) || rejected > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    private static int RunPlan(CliContext context, RubricLoader loader, string planPath, string rosterPath, string[] inputs, string format, string? outPath)
    {
        var plan = DocumentLoading.Plan(loader, planPath, context.Error);
        var roster = DocumentLoading.Roster(loader, rosterPath, context.Error);
        if (plan is not { } loaded || roster is null)
        {
            context.Error.WriteLine("rubric awards: the plan, its rubrics or the roster is invalid; no awards were named.");
            return ExitCodes.InvalidData;
        }

        var records = new AssessmentInputs(loader, context.OpenStdin).Read(AssessmentInputs.Expand(inputs));
        return ExecutePlan(context, loaded.Plan, loaded.Rubrics, roster, records, format, outPath);
    }

    private static bool IsPlan(RubricLoader loader, string path) =>
        path.EndsWith(".plan.json", StringComparison.OrdinalIgnoreCase)
        || (DocumentFiles.TryRead(path, loader.Options, out var bytes, out _) && RubricLoader.Detect(bytes.Span) == DocumentKind.Plan);

    /// <summary>Whether assessments were scored that no list could use, said on standard error: the run then exits 1.</summary>
    private static bool Unusable(CliContext context, AwardsReport report)
    {
        if (report.UnitsWithUnusableAssessments == 0)
        {
            return false;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rubric awards: the assessments of {report.UnitsWithUnusableAssessments} unit(s) could not be used: more than one for the unit, or a unit not on the roster (the lists say which)."));
        return true;
    }

    private static void Render(CliContext context, AwardsReport report, string format, string? outPath)
    {
        using var target = OutputTarget.Open(outPath, context.Out);
        switch (format)
        {
            case "json":
                target.Writer.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Readable.AwardsReport));
                break;
            case "markdown":
                AwardsRenderer.Markdown(report, target.Writer);
                break;
            case "csv":
                AwardsRenderer.Csv(report, target.Writer);
                break;
            default:
                AwardsRenderer.Table(report, SpectreConsoles.Create(target.Writer, !target.IsFile && context.IsOutputTerminal));
                break;
        }

        target.Commit();
    }
}
