using Rubric.Cli.Awards;

namespace Rubric.Cli;

/// <summary>
/// Where a run reads and writes, and what it may assume about the terminal. Tests build one
/// around string writers; <see cref="ForConsole"/> builds the real one.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
    {
        Out = stdout;
        Error = stderr;
        OpenStdin = openStdin;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Opens standard input as UTF-8 bytes (for <c>-</c> as a JSON Lines input).</summary>
    public Func<Stream> OpenStdin { get; }

    /// <summary>Whether standard output is an interactive terminal (never for captured writers).</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Whether standard error is an interactive terminal, where a progress bar may be drawn.</summary>
    public bool IsErrorTerminal { get; init; }

    /// <summary>The award calculation; tests replace it to see what the command hands over.</summary>
    public IAwardsRunner AwardsRunner { get; init; } = new EngineAwardsRunner();

    /// <summary>The batch size (records or bytes) from which a progress bar is drawn on a terminal.</summary>
    public long ProgressThresholdBytes { get; init; } = 1024 * 1024;

    public static CliContext ForConsole() => new(Console.Out, Console.Error, Console.OpenStandardInput)
    {
        IsOutputTerminal = !Console.IsOutputRedirected,
        IsErrorTerminal = !Console.IsErrorRedirected,
    };
}
