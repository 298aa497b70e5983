namespace Rubric.Cli;

/// <summary>The process exit codes every command shares.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was valid and done.</summary>
    public const int Ok = 0;

    /// <summary>Invalid data: a file did not validate, or a record was rejected.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;
}
