using System.Runtime.InteropServices;
using Rubric.Cli.Output;
using Rubric.Engine;

namespace Rubric.Cli;

/// <summary>
/// Ends the process the same way whatever it is doing when SIGINT (Ctrl-C), SIGTERM or SIGHUP
/// arrives — reading, scoring or writing: the temporary file of <c>--out</c> is removed (the
/// target stays as it was, or is already complete if the signal came after the move), one line
/// on standard error says so, and the exit code is 128 + the signal's number (130, 143, 129), as
/// a shell reports a process ended by that signal. Nothing is closed under a thread still
/// writing, so no exception escapes on the way out.
/// </summary>
internal static class Interruption
{
    private static int _signalled;

    /// <summary>Installs the handlers for the life of the process; dispose the result to remove them.</summary>
    public static IReadOnlyList<IDisposable> Register()
    {
        var registrations = new List<IDisposable>();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, Handle));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGHUP; the others are mapped to its console events.
            }
        }

        return registrations;
    }

    /// <summary>The exit code for a signal: 128 + its number.</summary>
    public static int ExitCode(PosixSignal signal) => 128 + signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        PosixSignal.SIGTERM => 15,
        _ => 0,
    };

    /// <summary>The line printed on standard error.</summary>
    public static string Describe(PosixSignal signal, IReadOnlyList<string> keptTargets) =>
        $"rubric: interrupted by {signal}" + (keptTargets.Count == 0
            ? "."
            : $"; {string.Join(", ", keptTargets.Select(DisplayText.Escape))} {(keptTargets.Count == 1 ? "was" : "were")} left as before.");

    private static void Handle(PosixSignalContext context)
    {
        // The default action would end the process at once, from wherever the main thread is.
        context.Cancel = true;
        if (Interlocked.Exchange(ref _signalled, 1) != 0)
        {
            return; // Already ending: a second Ctrl-C changes nothing.
        }

        var exitCode = ExitCode(context.Signal);
        var kept = OutputTarget.Abandon(exitCode);
        try
        {
            Console.Error.WriteLine(Describe(context.Signal, kept));
            Console.Error.Flush();
        }
        catch (IOException)
        {
            // Standard error is gone too (a closed terminal after SIGHUP); the exit code still says it.
        }

        Environment.Exit(exitCode);
    }
}
