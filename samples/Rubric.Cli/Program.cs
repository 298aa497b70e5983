using System.Text;
using Rubric.Cli;
using Rubric.Cli.Output;

// Chinese item texts and names must reach a terminal or a pipe intact, whatever the locale says.
Console.OutputEncoding = Encoding.UTF8;

// Ctrl-C, a kill or a closed terminal mid-run end the run cleanly (Interruption); the target of
// --out is only ever replaced whole.
var signals = Interruption.Register();
try
{
    return Cli.Run(args, CliContext.ForConsole());
}
catch (RunInterruptedException)
{
    // The run reached its commit after a signal: the handler is ending the process with the
    // signal's exit code and has said why. Waiting here keeps this thread from racing it.
    Thread.Sleep(Timeout.Infinite);
    return 1;
}
finally
{
    foreach (var registration in signals)
    {
        registration.Dispose();
    }
}
