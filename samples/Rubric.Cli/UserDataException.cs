namespace Rubric.Cli;

/// <summary>
/// A problem with what the user gave (a missing file, an unusable option combination) that ends
/// the command with exit code 1 and one clear line, never a stack trace.
/// </summary>
internal sealed class UserDataException : Exception
{
    public UserDataException(string message)
        : base(message)
    {
    }

    public UserDataException()
    {
    }

    public UserDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
