using System.Runtime.InteropServices;
using System.Text;
using Rubric.Cli;
using Rubric.Cli.Output;

// Chinese item texts and names must reach a terminal or a pipe intact, whatever the locale says.
Console.OutputEncoding = Encoding.UTF8;

// Ctrl-C, a kill or a closed terminal mid-run: the target of --out is only ever replaced whole,
// and the temporary file it was being written to goes too. The signals are not cancelled, so
// the run still ends as it would have.
Console.CancelKeyPress += static (_, _) => OutputTarget.DeletePending();
AppDomain.CurrentDomain.ProcessExit += static (_, _) => OutputTarget.DeletePending();
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, static _ => OutputTarget.DeletePending());
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, static _ => OutputTarget.DeletePending());
return Cli.Run(args, CliContext.ForConsole());
