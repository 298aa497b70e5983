using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Rubric.Engine.Schema;

/// <summary>
/// Opens a file for reading without blocking: on Unix, opening a FIFO (named pipe) for reading
/// waits for a writer, possibly forever, and .NET offers no way to ask for a non-blocking open or
/// to tell a FIFO from a file beforehand. With <c>O_NONBLOCK</c> the open returns at once; a
/// FIFO without a writer then reads as empty (end of file). The flag is cleared right after the
/// open, so a pipe with a live writer (<c>&lt;(cat batch.jsonl)</c>) is read as usual. Linux only:
/// elsewhere the caller falls back to an ordinary open.
/// </summary>
internal static partial class NonBlockingOpen
{
    // The same values on every Linux architecture .NET runs on (x64, arm64, arm, s390x, ppc64le ...).
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int GetFlags = 3;
    private const int SetFlags = 4;

    /// <summary>Opens the file, or returns null where a non-blocking open is not available (Windows, unknown systems).</summary>
    /// <exception cref="IOException">The file cannot be opened; the message says why.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission is denied.</exception>
    public static FileStream? TryOpen(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        int fd;
        try
        {
            fd = Open(path, ReadOnly | NonBlocking | CloseOnExec);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            var message = Marshal.GetPInvokeErrorMessage(errno);
            throw errno == 13 /* EACCES */ || errno == 1 /* EPERM */
                ? new UnauthorizedAccessException(message)
                : new IOException(message);
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var current = Control(fd, GetFlags, 0);
            if (current >= 0)
            {
                _ = Control(fd, SetFlags, current & ~NonBlocking);
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 0);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Control(int fd, int command, int argument);
}
