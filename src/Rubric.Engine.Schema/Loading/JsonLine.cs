namespace Rubric.Engine.Schema;

/// <summary>
/// One record of a JSON Lines stream as <see cref="RubricLoader.ReadLines"/> splits it, not yet
/// parsed: so that a host may parse and score records on several threads, or route them, while the
/// stream is read once, in order, within the loader's limits. The last line of a stream given up
/// carries <see cref="Stop"/> instead of content.
/// </summary>
public readonly struct JsonLine
{
    internal JsonLine(int number, ReadOnlyMemory<byte> utf8, Diagnostic? stop = null, long recordsNotRead = 0)
    {
        Number = number;
        Utf8 = utf8;
        Stop = stop;
        RecordsNotRead = recordsNotRead;
    }

    /// <summary>The line's number in the stream, from 1; blank lines are counted but never given.</summary>
    public int Number { get; }

    /// <summary>
    /// The record's bytes, without the line feed (and without a byte order mark on line 1). A slice
    /// of a block that is never reused, so it stays valid for as long as it is referenced.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Why reading stopped at this line (too long, too many records, a read error); null for a record.</summary>
    public Diagnostic? Stop { get; }

    /// <summary>With <see cref="Stop"/>: the non-blank lines not read, this one included, so that records read plus this are all the stream's records.</summary>
    public long RecordsNotRead { get; }

    /// <summary>Whether this is where reading stopped rather than a record.</summary>
    public bool IsStop => Stop is not null;
}
