using Rubric.Cli.Awards;

namespace Rubric.Cli.Tests.Support;

/// <summary>Runs the command line in-process and captures what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Invoke(params string[] args) => Invoke(args, string.Empty);

    public static CliRun Invoke(string[] args, string stdin)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr, new StringReader(stdin));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static (CliContext Context, StringWriter Out, StringWriter Error) Context(IAwardsRunner? awards = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, static () => Stream.Null) { AwardsRunner = awards ?? new EngineAwardsRunner() };
        return (context, stdout, stderr);
    }
}
