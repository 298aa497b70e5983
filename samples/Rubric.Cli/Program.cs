using System.Text;
using Rubric.Cli;

// Chinese item texts and names must reach a terminal or a pipe intact, whatever the locale says.
Console.OutputEncoding = Encoding.UTF8;
return Cli.Run(args, CliContext.ForConsole());
