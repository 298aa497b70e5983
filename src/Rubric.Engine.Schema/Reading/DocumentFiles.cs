using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Rubric.Engine.Schema;

/// <summary>
/// Reads a document file within <see cref="LoaderOptions.MaxFileBytes"/>, whatever the path
/// names: a folder, a FIFO, a device that never ends (<c>/dev/zero</c>), a file that grows, shrinks
/// or vanishes while read, or one without read permission. Never reads more than the limit plus
/// one byte, never blocks on a FIFO, and reports every failure as a diagnostic naming the file.
/// </summary>
public static class DocumentFiles
{
    /// <summary>Reads the bytes of a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The limits; <see cref="LoaderOptions.MaxFileBytes"/> bounds what is read.</param>
    /// <param name="bytes">The bytes, when the file was read.</param>
    /// <param name="problem">Why the file was not read (file-level: line and column 0).</param>
    /// <returns>Whether the file was read.</returns>
    public static bool TryRead(string path, LoaderOptions options, out ReadOnlyMemory<byte> bytes, [NotNullWhen(false)] out Diagnostic? problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        bytes = ReadOnlyMemory<byte>.Empty;
        if (!TryOpen(path, options, out var stream, out problem))
        {
            return false;
        }

        try
        {
            using (stream)
            {
                return ReadBounded(stream, path, options, out bytes, out problem);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = FileError(DiagnosticCodes.FileUnreadable, "The file cannot be read: " + exception.Message, path);
            return false;
        }
    }

    /// <summary>
    /// Opens a file to be read as a stream (JSON Lines, read a line at a time, so its total size is
    /// not limited): a folder, a missing file and an unreadable file are diagnostics, and a FIFO
    /// without a writer does not block the open.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The limits.</param>
    /// <param name="stream">The open stream, when the file could be opened; the caller disposes it.</param>
    /// <param name="problem">Why the file was not opened (file-level: line and column 0).</param>
    /// <returns>Whether the file was opened.</returns>
    public static bool TryOpenStream(string path, LoaderOptions options, [NotNullWhen(true)] out Stream? stream, [NotNullWhen(false)] out Diagnostic? problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var opened = TryOpen(path, null, out var file, out problem);
        stream = file;
        return opened;
    }

    private static bool TryOpen(string path, LoaderOptions? sizeLimit, [NotNullWhen(true)] out FileStream? stream, [NotNullWhen(false)] out Diagnostic? problem)
    {
        stream = null;
        problem = null;
        try
        {
            if (Directory.Exists(path))
            {
                problem = FileError(DiagnosticCodes.FileUnreadable, "This is a folder, not a file.", path);
                return false;
            }

            if (!File.Exists(path))
            {
                problem = FileError(DiagnosticCodes.FileUnreadable, "The file does not exist.", path);
                return false;
            }

            if (sizeLimit is not null)
            {
                var length = new FileInfo(path).Length;
                if (length > sizeLimit.MaxFileBytes)
                {
                    problem = FileError(DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"The file has {length} bytes, more than the limit of {sizeLimit.MaxFileBytes}."), path);
                    return false;
                }
            }

            stream = NonBlockingOpen.TryOpen(path) ?? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            // A file that vanished between the checks and the open lands here too.
            problem = FileError(DiagnosticCodes.FileUnreadable, "The file cannot be read: " + exception.Message, path);
            return false;
        }
    }

    private static bool ReadBounded(FileStream stream, string path, LoaderOptions options, out ReadOnlyMemory<byte> bytes, [NotNullWhen(false)] out Diagnostic? problem)
    {
        // The length on disk is only a hint: devices and FIFOs report 0 and files may grow while read.
        // A file stream that can seek has a length (it throws NotSupportedException only when it cannot).
        var limit = options.MaxFileBytes;
        var most = (int)Math.Min(limit + 1, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(Math.Max(stream.CanSeek ? stream.Length + 1 : 64 * 1024, 4096), most)];
        var count = 0;
        while (count < most)
        {
            var read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                break;
            }

            count += read;
            if (count == buffer.Length && count < most)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, most));
            }
        }

        if (count > limit)
        {
            bytes = ReadOnlyMemory<byte>.Empty;
            problem = FileError(DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"The file holds more than the limit of {limit} bytes (a device or pipe that never ends, or a file that grew while read)."), path);
            return false;
        }

        bytes = buffer.AsMemory(0, count);
        problem = null;
        return true;
    }

    private static Diagnostic FileError(string code, string message, string path) =>
        new(DiagnosticSeverity.Error, code, message, path, 0, 0, string.Empty);
}
