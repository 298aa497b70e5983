using System.Text;

namespace Rubric.Engine.Schema;

/// <summary>Turns byte offsets of a UTF-8 document into 1-based lines and character columns.</summary>
internal sealed class TextLocator
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<int> _lineStarts = [0];
    private readonly int _firstLine;

    // The last column computed: the token walk asks for offsets in increasing order, so counting
    // on from the previous offset keeps a one-line (minified) document linear instead of quadratic.
    private int _lastLine = -1;
    private int _lastBytes;
    private int _lastChars;

    public TextLocator(ReadOnlyMemory<byte> utf8, int firstLine)
    {
        _utf8 = utf8;
        _firstLine = firstLine;
        var span = utf8.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column of a byte offset. Columns count UTF-16 characters, as editors do.</summary>
    public (int Line, int Column) Locate(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _utf8.Length);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + _firstLine, Column(index, offset - _lineStarts[index]));
    }

    /// <summary>The position System.Text.Json reports (0-based line, 0-based byte in line).</summary>
    public (int Line, int Column) LocateLineByte(long? lineNumber, long? bytePositionInLine)
    {
        var line = (int)Math.Clamp(lineNumber ?? 0, 0, _lineStarts.Count - 1);
        return (line + _firstLine, Column(line, OffsetOf(lineNumber, bytePositionInLine) - _lineStarts[line]));
    }

    /// <summary>The byte offset of a System.Text.Json position (0-based line, 0-based byte in line).</summary>
    public int OffsetOf(long? lineNumber, long? bytePositionInLine)
    {
        var line = (int)Math.Clamp(lineNumber ?? 0, 0, _lineStarts.Count - 1);
        var lineStart = _lineStarts[line];
        var lineEnd = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : _utf8.Length;
        return lineStart + (int)Math.Clamp(bytePositionInLine ?? 0, 0, lineEnd - lineStart);
    }

    private int Column(int line, int bytesIntoLine)
    {
        var from = line == _lastLine && bytesIntoLine >= _lastBytes ? _lastBytes : 0;
        var chars = from == 0 ? 0 : _lastChars;
        chars += Encoding.UTF8.GetCharCount(_utf8.Span.Slice(_lineStarts[line] + from, bytesIntoLine - from));
        (_lastLine, _lastBytes, _lastChars) = (line, bytesIntoLine, chars);
        return chars + 1;
    }
}
