using System.Text;

namespace Rubric.Cli.Inputs;

/// <summary>
/// A read-only UTF-8 byte stream over a <see cref="TextReader"/>, so that standard input given
/// as text (in tests, or on platforms that decode it) feeds the same byte-based readers as files.
/// </summary>
internal sealed class TextReaderStream : ReadOnlyForwardStream
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private readonly TextReader _reader;
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[4096 * 4];
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private int _offset;
    private int _count;

    public TextReaderStream(TextReader reader)
    {
        _reader = reader;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (_offset == _count)
        {
            var read = _reader.Read(_chars, 0, _chars.Length);
            _count = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: read == 0);
            _offset = 0;
            if (_count == 0)
            {
                return 0;
            }
        }

        var n = Math.Min(count, _count - _offset);
        Buffer.BlockCopy(_bytes, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }
}
