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
        _committed = true;
    }

    public void Dispose()
    {
        if (_path is null || _committed)
        {
            return;
        }

        Writer.Dispose();
        _stream?.Dispose();
        if (_tempPath is not null && File.Exists(_tempPath))
        {
            File.Delete(_tempPath);
        }
    }
}
