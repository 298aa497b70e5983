using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Rubric.Cli.Commands;

/// <summary>
/// Help for <c>rubric --help</c> that lists each command with the first sentence of its
/// description; the full description and the example stay in <c>rubric COMMAND --help</c>, which
/// is the standard help.
/// </summary>
internal sealed class SummaryHelpAction : SynchronousCommandLineAction
{
    private readonly RootCommand _root;
    private readonly HelpAction _standard;

    public SummaryHelpAction(RootCommand root, HelpAction standard)
    {
        _root = root;
        _standard = standard;
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (!ReferenceEquals(parseResult.CommandResult.Command, _root))
        {
            return _standard.Invoke(parseResult);
        }

        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Description:");
        foreach (var line in (_root.Description ?? string.Empty).Split('\n'))
        {
            output.WriteLine(line.Length == 0 ? string.Empty : "  " + line);
        }

        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  rubric [command] [options]");
        output.WriteLine();
        output.WriteLine("Options:");
        output.WriteLine("  -?, -h, --help  Show help and usage information");
        output.WriteLine("  --version       Show version information");
        output.WriteLine();
        output.WriteLine("Commands:");
        var rows = _root.Subcommands.Select(static c => (Usage: Usage(c), Summary: Summary(c.Description))).ToList();
        var width = rows.Max(static r => r.Usage.Length) + 2;
        foreach (var (usage, summary) in rows)
        {
            output.WriteLine("  " + usage.PadRight(width) + summary);
        }

        output.WriteLine();
        output.WriteLine("Run 'rubric <command> --help' for the command's options and an example.");
        return ExitCodes.Ok;
    }

    private static string Usage(Command command) =>
        string.Join(' ', command.Arguments.Select(static a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.Name}>..." : a.Arity.MinimumNumberOfValues == 0 ? $"[{a.Name}]" : $"<{a.Name}>").Prepend(command.Name));

    private static string Summary(string? description)
    {
        var text = description ?? string.Empty;
        var end = text.IndexOfAny(['\n', '.']);
        return end < 0 ? text : text[..end];
    }
}
