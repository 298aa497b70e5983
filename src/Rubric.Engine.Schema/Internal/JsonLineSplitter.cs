namespace Rubric.Engine.Schema;

/// <summary>
/// Splits a UTF-8 stream at '\n' through one reused buffer, so a file of any length is read
/// while holding a line at a time. A line longer than the limit is skipped, only counted.
/// </summary>
internal sealed class JsonLineSplitter
{
    private const int ChunkBytes = 64 * 1024;
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[ChunkBytes];
    private int _start;
    private int _end;
    private bool _eof;
    private int _line;

    public JsonLineSplitter(Stream stream, long maxLineBytes)
    {
        _stream = stream;
        // A first line may carry a byte order mark on top of the limit.
        _maxLineBytes = (int)Math.Min(maxLineBytes + 3, Array.MaxLength - ChunkBytes);
    }

    /// <summary>The next line without its '\n', a copy the caller owns; null (with its length) when it was too long to hold.</summary>
    public bool TryReadLine(out byte[]? content, out int line, out long length)
    {
        content = null;
        length = 0;
        line = ++_line;
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var size = scanned + newline;
                if (length == 0)
                {
                    content = _buffer.AsSpan(_start, size).ToArray();
                    length = size;
                }
                else
                {
                    length += size;
                }

                _start += size + 1;
                return true;
            }

            scanned = _end - _start;
            if (_eof)
            {
                if (scanned == 0 && length == 0)
                {
                    return false;
                }

                if (length == 0)
                {
                    content = _buffer.AsSpan(_start, scanned).ToArray();
                }

                length += scanned;
                _start = _end;
                return true;
            }

            if (scanned > _maxLineBytes)
            {
                // Too long to hold: count the bytes and drop them until the line ends.
                length += scanned;
                _start = _end;
                scanned = 0;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, Array.MaxLength));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
