namespace Rubric.Cli.Output;

/// <summary>
/// The run was interrupted by a signal before its output was committed. The signal's handler
/// ends the process with <see cref="ExitCode"/>; the thread that meets this only has to stop.
/// </summary>
internal sealed class RunInterruptedException : Exception
{
    public RunInterruptedException(int exitCode)
        : base("The run was interrupted; the output target was left as it was.")
    {
        ExitCode = exitCode;
    }

    public RunInterruptedException()
        : this(1)
    {
    }

    public RunInterruptedException(string message)
        : base(message)
    {
        ExitCode = 1;
    }

    public RunInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = 1;
    }

    /// <summary>The exit code of the interrupted run (128 + the signal's number).</summary>
    public int ExitCode { get; }
}
