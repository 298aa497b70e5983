using System.Text;
using System.Text.Unicode;

namespace Rubric.Cli.Inputs;

/// <summary>
/// Reads JSON Lines as UTF-8 bytes through one reused buffer, with the line rules of
/// <see cref="StreamReader.ReadLine"/> that the host has always used: lines end at '\n', '\r' or
/// "\r\n", a UTF-8 byte order mark is dropped, bytes that are not UTF-8 read as U+FFFD, and a
/// line of white space is blank. A file starting with a UTF-16 or UTF-32 byte order mark is
/// decoded as text, as before. Each line is handed out as its own array (its record keeps it
/// until scored); only the longest line is ever buffered.
/// </summary>
internal sealed class JsonLinesReader : IDisposable
{
    private const int ChunkBytes = 64 * 1024;
    private readonly Stream _stream;
    private byte[] _buffer = new byte[ChunkBytes];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipLineFeed;
    private StreamReader? _text;

    public JsonLinesReader(Stream stream)
    {
        _stream = stream;
        Fill();
        var head = _buffer.AsSpan(0, _end);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            var rest = new MemoryStream(_buffer, 0, _end, writable: false);
            _text = new StreamReader(new ReplayStream(rest, stream), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: ChunkBytes);
        }
    }

    /// <summary>The next line's UTF-8 bytes; <paramref name="bytesRead"/> counts it and its line end as read from the input.</summary>
    public bool TryReadLine(out byte[] line, out int bytesRead)
    {
        if (_text is not null)
        {
            var text = _text.ReadLine();
            line = text is null ? [] : Encoding.UTF8.GetBytes(text);
            bytesRead = line.Length + 1;
            return text is not null;
        }

        if (_skipLineFeed)
        {
            _skipLineFeed = false;
            if (_start == _end && !_eof)
            {
                Fill();
            }

            if (_start < _end && _buffer[_start] == (byte)'\n')
            {
                _start++;
            }
        }

        var scanned = 0;
        while (true)
        {
            var end = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOfAny((byte)'\r', (byte)'\n');
            if (end >= 0)
            {
                var length = scanned + end;
                var terminator = _buffer[_start + length];
                line = Utf8Line(_buffer.AsSpan(_start, length));
                bytesRead = length + 1;
                _start += length + 1;
                _skipLineFeed = terminator == (byte)'\r';
                return true;
            }

            scanned = _end - _start;
            if (_eof)
            {
                line = Utf8Line(_buffer.AsSpan(_start, scanned));
                bytesRead = scanned;
                _start = _end;
                return scanned > 0;
            }

            Fill();
        }
    }

    /// <summary>Whether a line is blank as <see cref="string.IsNullOrWhiteSpace"/> sees it.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) =>
        line.IndexOfAnyInRange((byte)0x21, (byte)0x7E) < 0 && string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line));

    public void Dispose() => _text?.Dispose();

    /// <summary>A copy of the line; bytes that are not UTF-8 become U+FFFD, as a text reader decodes them.</summary>
    private static byte[] Utf8Line(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? bytes.ToArray() : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes));

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
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
    }

    /// <summary>The bytes already read, then the rest of the stream.</summary>
    private sealed class ReplayStream(Stream head, Stream tail) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = head.Read(buffer, offset, count);
            return read > 0 ? read : tail.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
