using System.Collections.Concurrent;
using System.Text;

namespace Rubric.Cli.Output;

/// <summary>
/// Where a command writes its result: standard output, or a file written atomically — a temporary
/// file in the same folder, moved over the target only when everything was written, so a reader
/// never sees half a file and a failed run leaves the old one in place.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    /// <summary>Temporary files not yet committed or removed, for <see cref="DeletePending"/>.</summary>
    private static readonly ConcurrentDictionary<string, FileStream> Pending = new(StringComparer.Ordinal);
    private readonly string? _path;
    private readonly string? _tempPath;
    private readonly FileStream? _stream;
    private bool _committed;

    private OutputTarget(TextWriter writer, string? path, string? tempPath, FileStream? stream)
    {
        Writer = writer;
        _path = path;
        _tempPath = tempPath;
        _stream = stream;
    }

    public TextWriter Writer { get; }

    /// <summary>The raw stream for binary formats (xlsx); only for files.</summary>
    public Stream? Stream => _stream;

    public bool IsFile => _path is not null;

    public static OutputTarget Open(string? path, TextWriter stdout)
    {
        if (path is null)
        {
            return new OutputTarget(stdout, null, null, null);
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new UserDataException($"{path}: the folder '{folder}' does not exist.");
        }

        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        Pending[temp] = stream;
        return new OutputTarget(new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true), full, temp, stream);
    }

    /// <summary>Flushes and, for a file, moves the temporary file over the target.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_path is null || _stream is null || _tempPath is null)
        {
            return;
        }

        Writer.Dispose();
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_tempPath, _path, overwrite: true);
        Pending.TryRemove(_tempPath, out _);
        _committed = true;
    }

    /// <summary>
    /// Removes every temporary file still being written: called when the run is interrupted
    /// (Ctrl-C, SIGTERM), so that neither half a report nor a stray temporary file is left. The
    /// target itself is only ever replaced whole, by <see cref="Commit"/>.
    /// </summary>
    public static void DeletePending()
    {
        foreach (var (temp, stream) in Pending)
        {
            try
            {
                stream.Dispose();
                File.Delete(temp);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                // Best effort while the process is going down; the target is untouched either way.
            }

            Pending.TryRemove(temp, out _);
        }
    }

    public void Dispose()
    {
        if (_path is null || _committed)
        {
            return;
        }

        try
        {
            Writer.Dispose();
        }
        catch (ObjectDisposedException)
        {
            // DeletePending closed the stream under the writer (the run was interrupted).
        }

        _stream?.Dispose();
        if (_tempPath is not null)
        {
            Pending.TryRemove(_tempPath, out _);
            if (File.Exists(_tempPath))
            {
                File.Delete(_tempPath);
            }
        }
    }
}
