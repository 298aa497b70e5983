using System.CommandLine;
using System.CommandLine.Invocation;
using Rubric.Cli.Commands;
using Rubric.Cli.Inputs;
using Rubric.Engine;

namespace Rubric.Cli;

/// <summary>The <c>rubric</c> command line, callable in-process so that tests can capture its output.</summary>
public static class Cli
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stdin">Standard input (read when an input is <c>-</c>).</param>
    /// <returns>0 when everything was valid, 1 for invalid data, 2 for a usage error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, new CliContext(stdout, stderr, () => new TextReaderStream(stdin)));
    }

    internal static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = RootCommandFactory.Create(context);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                context.Error.WriteLine("rubric: " + DisplayText.Escape(error.Message));
            }

            context.Error.WriteLine("Run 'rubric --help' or 'rubric <command> --help' for usage.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return parseResult.Invoke(invocation);
        }
        catch (UserDataException ex)
        {
            context.Error.WriteLine("rubric: error: " + DisplayText.Escape(ex.Message));
            return ExitCodes.InvalidData;
        }
        catch (IOException ex)
        {
            context.Error.WriteLine("rubric: error: " + DisplayText.Escape(ex.Message));
            return ExitCodes.InvalidData;
        }
        catch (UnauthorizedAccessException ex)
        {
            context.Error.WriteLine("rubric: error: " + DisplayText.Escape(ex.Message));
            return ExitCodes.InvalidData;
        }
    }
}
