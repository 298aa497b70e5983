using System.Collections.Concurrent;
using System.Text;
using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>
/// Where a command writes its result: standard output, or what <c>--out</c> names. A regular file
/// (or a new one) is written atomically: to a temporary file in the same folder, moved over the
/// target only when everything was written, so a reader never sees half a file and a failed or
/// interrupted run leaves the old one in place. A symbolic link is followed and the file it leads
/// to is replaced that way, so the link stays a link. A character device (<c>/dev/null</c>, a
/// terminal) or a FIFO is written straight through: it cannot be replaced, and must never be.
/// Anything else (a folder, a block device, a socket) is refused.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    /// <summary>Orders <see cref="Commit"/>'s move against <see cref="Abandon"/>: a target is either moved in whole or left as it was.</summary>
    private static readonly Lock Gate = new();

    /// <summary>Targets whose temporary file is not yet committed or removed, for <see cref="Abandon"/>.</summary>
    private static readonly ConcurrentDictionary<string, OutputTarget> Pending = new(StringComparer.Ordinal);
    private readonly string? _path;
    private readonly string? _tempPath;
    private readonly FileStream? _stream;
    private bool _committed;
    private bool _closed;
    private int? _abandonedWith;

    private OutputTarget(TextWriter writer, string? path, string? tempPath, FileStream? stream)
    {
        Writer = writer;
        _path = path;
        _tempPath = tempPath;
        _stream = stream;
    }

    public TextWriter Writer { get; }

    /// <summary>The raw stream for binary formats (xlsx); only for files and devices.</summary>
    public Stream? Stream => _stream;

    public bool IsFile => _path is not null;

    /// <summary>Opens the target.</summary>
    /// <exception cref="UserDataException">The path names a folder, a block device or a socket, or its folder does not exist.</exception>
    public static OutputTarget Open(string? path, TextWriter stdout)
    {
        if (path is null)
        {
            return new OutputTarget(stdout, null, null, null);
        }

        var shown = DisplayText.Escape(path);
        switch (PathKinds.Of(path))
        {
            case PathKind.CharacterDevice or PathKind.Fifo:
                // Opening a FIFO for writing waits for a reader, as a shell's redirection does.
                var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                return new OutputTarget(new StreamWriter(device, Utf8NoBom, 64 * 1024, leaveOpen: true), Path.GetFullPath(path), null, device);
            case PathKind.Folder:
                throw new UserDataException($"{shown}: this is a folder; --out names a file.");
            case PathKind.BlockDevice or PathKind.Socket:
                throw new UserDataException($"{shown}: this is a block device or a socket; --out writes a regular file, a character device such as /dev/null, or a FIFO.");
        }

        var full = FinalTarget(Path.GetFullPath(path), shown);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new UserDataException($"{shown}: the folder '{DisplayText.Escape(folder)}' does not exist.");
        }

        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");

        // FileShare.Delete: an interrupted run deletes the file while it is still open (on Windows too).
        var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete);
        var target = new OutputTarget(new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true), full, temp, stream);
        Pending[temp] = target;
        return target;
    }

    /// <summary>Flushes and, for a regular file, moves the temporary file over the target.</summary>
    /// <exception cref="RunInterruptedException">The run was interrupted (<see cref="Abandon"/>) first; the target was left as it was.</exception>
    public void Commit()
    {
        Writer.Flush();
        if (_path is null || _stream is null)
        {
            return;
        }

        if (_tempPath is null)
        {
            _stream.Flush();
            _committed = true;
            return;
        }

        Writer.Flush();
        _stream.Flush(flushToDisk: true);
        Close();
        KeepMode(_path, _tempPath);
        lock (Gate)
        {
            if (_abandonedWith is { } exitCode)
            {
                throw new RunInterruptedException(exitCode);
            }

            File.Move(_tempPath, _path, overwrite: true);
            Pending.TryRemove(_tempPath, out _);
            _committed = true;
        }
    }

    /// <summary>
    /// The run was interrupted (a signal): removes every temporary file still being written, so
    /// that neither half a report nor a stray temporary file is left, and makes any later
    /// <see cref="Commit"/> of them throw instead of moving. Streams are left open: the writer of
    /// the main thread may be in the middle of a write, and a file can be deleted while open.
    /// </summary>
    /// <param name="exitCode">The exit code the interrupted run ends with.</param>
    /// <returns>The targets left as they were.</returns>
    public static IReadOnlyList<string> Abandon(int exitCode)
    {
        var kept = new List<string>();
        lock (Gate)
        {
            foreach (var (temp, target) in Pending)
            {
                target._abandonedWith = exitCode;
                kept.Add(target._path!);
                try
                {
                    File.Delete(temp);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Best effort while the process is going down; the target is untouched either way.
                }

                Pending.TryRemove(temp, out _);
            }
        }

        return kept;
    }

    public void Dispose()
    {
        if (_path is null || (_committed && _tempPath is not null))
        {
            return;
        }

        // A device or FIFO is closed whether committed or not: its reader waits for the end.
        Close();
        if (_tempPath is not null)
        {
            Pending.TryRemove(_tempPath, out _);
            if (File.Exists(_tempPath))
            {
                File.Delete(_tempPath);
            }
        }
    }

    /// <summary>Closes the writer and the stream once (a writer that leaves its stream open would flush into a closed one the second time).</summary>
    private void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        Writer.Dispose();
        _stream?.Dispose();
    }

    /// <summary>
    /// The file a chain of symbolic links leads to, which is what gets replaced, so the links stay
    /// links; a link to nothing yet leads to the file it names, which is created.
    /// </summary>
    private static string FinalTarget(string path, string shown)
    {
        // Linux follows at most 40 links in a path; a chain longer than that is a loop.
        for (var hops = 0; hops < 40; hops++)
        {
            if (new FileInfo(path).LinkTarget is not { } next)
            {
                return path;
            }

            path = Path.GetFullPath(next, Path.GetDirectoryName(path) ?? "/");
        }

        throw new UserDataException($"{shown}: the symbolic links loop or are nested too deeply.");
    }

    /// <summary>The replacement keeps the permissions of the file it replaces (a report readable by its owner only stays so).</summary>
    private static void KeepMode(string path, string tempPath)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(tempPath, File.GetUnixFileMode(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The new file keeps the default permissions; the content is what matters.
        }
    }
}
