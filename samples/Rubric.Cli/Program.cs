using System.Text;
using Rubric.Cli;
using Rubric.Cli.Output;

// Chinese item texts and names must reach a terminal or a pipe intact, whatever the locale says.
Console.OutputEncoding = Encoding.UTF8;

// Ctrl-C or a kill mid-run: the target of --out is only ever replaced whole, and the temporary
// file it was being written to goes too. (Ctrl-C still ends the run: the event is not cancelled.)
Console.CancelKeyPress += static (_, _) => OutputTarget.DeletePending();
AppDomain.CurrentDomain.ProcessExit += static (_, _) => OutputTarget.DeletePending();
return Cli.Run(args, CliContext.ForConsole());
