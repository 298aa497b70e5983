using System.CommandLine;
using System.CommandLine.Help;

namespace Rubric.Cli.Commands;

/// <summary>Builds the <c>rubric</c> root command and its subcommands.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand(
            "rubric — 考核评分: validate rubrics, score assessments (自查分 self and 考核分 assessor columns), list awards (先进集体, 先进个人), write reports with charts (考核报告), print blank scoring sheets (评分细则), read an author's Word or Excel sheet into a rubric, and print JSON Schemas.\n\n"
            + "Exit codes: 0 ok, 1 invalid data (a file invalid or a record rejected), 2 usage error.\n\n"
            + "Example:\n  rubric score seeds/panlong.rubric.json seeds/assessments --explain --lang zh-CN")
        {
            ValidateCommand.Create(context),
            ScoreCommand.Create(context),
            AwardsCommand.Create(context),
            ReportCommand.Create(context),
            TemplateCommand.Create(context),
            ImportCommand.Create(context),
            ImportRubricCommand.Create(context),
            SchemaCommand.Create(context),
        };

        // The subcommand list of 'rubric --help' shows each description's first sentence; the full
        // text and the example stay in 'rubric <command> --help'.
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: HelpAction standard } help)
        {
            help.Action = new SummaryHelpAction(root, standard);
        }

        return root;
    }
}
