using System.CommandLine;
using System.Text.Json;
using Rubric.Cli.Inputs;
using Rubric.Cli.Json;
using Rubric.Cli.Output;
using Rubric.Cli.Reports;
using Rubric.Cli.Scoring;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric report RUBRIC INPUT... [--roster R] --out report.html</c>: the page a centre reads.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var rubric = new Argument<string>("RUBRIC") { Description = "The rubric file, with its award policies." };
        var inputs = CommonOptions.AssessmentInputs();
        var roster = new Option<string?>("--roster")
        {
            Description = "The roster (roster.json): one part per assessing body, with its awards. Without it, every input is one group and no awards are named.",
            HelpName = "FILE",
        };
        var plan = new Option<string?>("--plan")
        {
            Description = "The plan (*.plan.json) whose awards for this sheet's units the report shows; needs --roster. Without it, the rubric's own (deprecated) award policies.",
            HelpName = "FILE",
        };
        var format = CommonOptions.Format("html", "html", "xlsx", "json");
        var language = new Option<string>("--lang")
        {
            Description = "Language of the report: both (Chinese with English beside it), zh-CN or en.",
            DefaultValueFactory = _ => "both",
            HelpName = "both|zh-CN|en",
        };
        language.AcceptOnlyFromAmong("both", "zh-CN", "en");
        var output = CommonOptions.Out();
        var command = new Command(
            "report",
            "report — 考核报告: one page for a centre or school: the items that cost each unit most, the items most units lose, where self-assessments over-claim, the spread of totals and the awards.\n"
            + "html: one self-contained page with inline SVG charts, printable on A4; xlsx: the same views, one sheet each, every unit; json: the data behind them. "
            + "A body with many units shows its aggregates and its top and bottom units. xlsx needs --out.\n\n"
            + "Example:\n  rubric report seeds/panlong.rubric.json seeds/assessments --roster seeds/roster.json --plan seeds/panlong.plan.json --out report.html")
        {
            rubric, inputs, roster, plan, format, language, output,
        };
        command.RequireOutForXlsx(format, output);
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetRequiredValue(rubric),
            parseResult.GetRequiredValue(inputs),
            parseResult.GetValue(roster),
            parseResult.GetValue(plan),
            parseResult.GetValue(format) ?? "html",
            ParseLanguage(parseResult.GetValue(language)),
            parseResult.GetValue(output)));
        return command;
    }

    /// <summary>The plan's decided awards for the units this sheet scores; one to be announced has nothing to show yet.</summary>
    internal static AwardReport[] PlanAwards(AssessmentPlan plan, RubricDefinition rubric, Roster roster, IEnumerable<ScoringResult> results) =>
        [.. AwardCalculator.Calculate(plan, roster, results).Outcomes
            .Where(o => o.Award.Policy?.UnitKind == rubric.UnitKind && o.Report is not null)
            .Select(static o => o.Report!)];

    private static ReportLanguage ParseLanguage(string? value) => value switch
    {
        "zh-CN" => ReportLanguage.Chinese,
        "en" => ReportLanguage.English,
        _ => ReportLanguage.Both,
    };

    private static int Run(CliContext context, string rubricPath, string[] inputs, string? rosterPath, string? planPath, string format, ReportLanguage language, string? outPath)
    {
        var loader = new RubricLoader();
        var rubric = DocumentLoading.Rubric(loader, rubricPath, context.Error);
        var roster = rosterPath is null ? null : DocumentLoading.Roster(loader, rosterPath, context.Error);
        var plan = planPath is null ? null : DocumentLoading.Plan(loader, planPath, context.Error);
        if (rubric is null || (rosterPath is not null && roster is null) || (planPath is not null && plan is null))
        {
            context.Error.WriteLine("rubric report: the rubric, the roster or the plan is invalid; no report was written.");
            return ExitCodes.InvalidData;
        }

        var files = AssessmentInputs.Expand(inputs);
        var records = new AssessmentInputs(loader, context.OpenStdin).Read(files);
        var results = new List<ScoringResult>();
        var summary = new BatchScorer(ScoringEngine.Default, context.Error).Run(rubric, records, new CollectingScorecardWriter(), results.Add);
        context.Error.WriteLine(summary.ToString().Replace("rubric score:", "rubric report:", StringComparison.Ordinal));

        // Scores from a sheet for schools rank schools only: a policy for another kind of unit (先进个人) has nothing to rank here.
        var awards = roster is null ? []
            : plan is { } loaded ? PlanAwards(loaded.Plan, rubric, roster, results)
            : rubric.AwardPolicies.Where(p => p.UnitKind == rubric.UnitKind).Select(p => AwardCalculator.Calculate(p, roster, results)).ToArray();
        var report = ReportAnalyzer.Analyze(rubric, results, roster, awards);

        var text = new ReportText(language);
        using var target = OutputTarget.Open(outPath, context.Out);
        switch (format)
        {
            case "json" when target.Stream is { } file:
                // Straight into the file: the JSON of 100,000 units is about a gigabyte, too much to hold as one string.
                JsonSerializer.Serialize(file, report, ReportJsonContext.Readable.AssessmentReport);
                break;
            case "json":
                target.Writer.WriteLine(JsonSerializer.Serialize(report, ReportJsonContext.Readable.AssessmentReport));
                break;
            case "xlsx":
                new XlsxReportWriter(text).Write(report, target.Stream!);
                break;
            default:
                new HtmlReportWriter(text).Write(report, target.Writer);
                break;
        }

        target.Commit();
        return summary.Rejected > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }
}
