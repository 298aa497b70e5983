using System.Globalization;
using System.Text;

namespace Rubric.Engine.Schema;

/// <summary>
/// Splits a stream into its non-blank lines within the loader's limits. The stream is read into
/// blocks that are never reused, and a line is a slice of its block: whatever keeps a line (a load
/// result that may still locate a problem in it) keeps its block, and nothing else does.
/// </summary>
internal static class JsonLinesSplitter
{
    // Under the large-object threshold, so blocks die young like everything else.
    private const int BlockSize = 64 * 1024;

    // How many files' worth of bytes are read past a stop to count the records left in a stream
    // that is not a regular file (a pipe, a device, which may never end); a file is counted to its end.
    private const int CountingBudgetInFiles = 2;

    public static IEnumerable<JsonLine> Split(Stream stream, LoaderOptions options, string? file)
    {
        var limit = options.MaxFileBytes;
        var buffer = GC.AllocateUninitializedArray<byte>(BlockSize);
        var start = 0;
        var end = 0;
        var line = 1;
        var records = 0;
        var atEnd = false;
        JsonLine? foreignFirst = null;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0 && !atEnd)
            {
                var pending = end - start;
                var size = pending < buffer.Length / 2 ? BlockSize : (int)Math.Min(Math.Min((long)buffer.Length * 2, limit + 2), Array.MaxLength);
                if (pending > limit || (end == buffer.Length && size <= pending))
                {
                    yield return StopAt(line, DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit of {limit} bytes"), stream, buffer.AsSpan(start, pending), options, file);
                    yield break;
                }

                if (end == buffer.Length)
                {
                    // The lines before belong to whoever holds them: the rest of this line moves
                    // to a new block (a larger one if the line alone fills this one).
                    var next = GC.AllocateUninitializedArray<byte>(Math.Max(size, BlockSize));
                    buffer.AsSpan(start, pending).CopyTo(next);
                    (buffer, start, end) = (next, 0, pending);
                }

                if (TryRead(stream, buffer.AsSpan(end), out var read) is { } error)
                {
                    var stop = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileUnreadable, $"The input cannot be read any further: {error}; the records from this line on were not read.", file, line, 1, string.Empty);
                    yield return new JsonLine(line, default, stop, buffer.AsSpan(start, pending).IndexOfAnyExcept(" \t\r"u8) >= 0 ? 1 : 0);
                    yield break;
                }

                end += read;
                atEnd = read == 0;
                continue;
            }

            var length = newline < 0 ? end - start : newline;
            if (length > limit)
            {
                yield return StopAt(line, DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit of {limit} bytes"), stream, buffer.AsSpan(start, end - start), options, file);
                yield break;
            }

            var content = buffer.AsMemory(start, length);
            if (line == 1 && content.Span.StartsWith(Encoding.UTF8.Preamble))
            {
                content = content[3..];
            }

            if (content.Span.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                if (++records > options.MaxAssessments)
                {
                    yield return StopAt(line, DiagnosticCodes.TooManyAssessments, string.Create(CultureInfo.InvariantCulture, $"The input holds more than the limit of {options.MaxAssessments} assessments"), stream, buffer.AsSpan(start, end - start), options, file);
                    yield break;
                }

                // A first line that looks like UTF-16 or UTF-32 may be a stray; the second
                // looking so too means the file is in that encoding, which is one error for the
                // file, not one for each of its "lines".
                if (line == 1 && DocumentScanner.DescribeForeignEncoding(content.Span) is not null)
                {
                    foreignFirst = new JsonLine(line, content);
                }
                else if (foreignFirst is { } first && DocumentScanner.DescribeForeignEncoding(content.Span) is not null)
                {
                    var encoding = DocumentScanner.DescribeForeignEncoding(first.Utf8.Span);
                    yield return StopAt(1, DiagnosticCodes.UnsupportedEncoding, $"The file is encoded as {encoding}; save it as UTF-8", stream, buffer.AsSpan(start, end - start), options, file, counted: 1);
                    yield break;
                }
                else
                {
                    if (foreignFirst is { } stray)
                    {
                        yield return stray;
                        foreignFirst = null;
                    }

                    yield return new JsonLine(line, content);
                }
            }

            if (newline < 0)
            {
                if (foreignFirst is { } only)
                {
                    yield return only;
                }

                yield break;
            }

            start += newline + 1;
            line++;
        }
    }

    /// <summary>The stop at <paramref name="line"/>, with the records from it to the end of the stream counted.</summary>
    private static JsonLine StopAt(int line, string code, string reason, Stream stream, ReadOnlySpan<byte> rest, LoaderOptions options, string? file, int counted = 0)
    {
        var (notRead, complete) = CountRecords(stream, rest, options);
        notRead += counted;
        var count = string.Create(CultureInfo.InvariantCulture, $"{(complete ? string.Empty : "at least ")}{notRead} {(notRead == 1 ? "record" : "records")}");
        var message = $"{reason}; reading stopped here, and {count} from this line on {(notRead == 1 ? "was" : "were")} not read.";
        return new JsonLine(line, default, new Diagnostic(DiagnosticSeverity.Error, code, message, file, line, 1, string.Empty), notRead);
    }

    /// <summary>The non-blank lines in <paramref name="rest"/> and what remains of the stream, read within a budget.</summary>
    private static (long Records, bool Complete) CountRecords(Stream stream, ReadOnlySpan<byte> rest, LoaderOptions options)
    {
        var budget = FileLength(stream) ?? options.MaxFileBytes * CountingBudgetInFiles;
        var records = 0L;
        var inRecord = false;
        var buffer = new byte[BlockSize];
        var chunk = rest;
        while (true)
        {
            while (!chunk.IsEmpty)
            {
                var newline = chunk.IndexOf((byte)'\n');
                var line = newline < 0 ? chunk : chunk[..newline];
                if (!inRecord && line.IndexOfAnyExcept(" \t\r"u8) >= 0)
                {
                    inRecord = true;
                    records++;
                }

                if (newline < 0)
                {
                    break;
                }

                inRecord = false;
                chunk = chunk[(newline + 1)..];
            }

            budget -= buffer.Length;
            if (budget < 0 || TryRead(stream, buffer, out var read) is not null)
            {
                return (records, false);
            }

            if (read == 0)
            {
                return (records, true);
            }

            chunk = buffer.AsSpan(0, read);
        }
    }

    /// <summary>The length of a stream over a regular file, which ends; null for a pipe or a device, which may not.</summary>
    private static long? FileLength(Stream stream)
    {
        try
        {
            return stream.CanSeek && stream.Length > 0 ? stream.Length + BlockSize : null;
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException or ObjectDisposedException)
        {
            return null;
        }
    }

    private static string? TryRead(Stream stream, Span<byte> buffer, out int read)
    {
        try
        {
            read = stream.Read(buffer);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            read = 0;
            return exception.Message;
        }
    }
}
