using Rubric.Engine.Schema;

namespace Rubric.Cli.Inputs;

/// <summary>
/// Turns the INPUT arguments of <c>rubric score</c> into a lazy stream of records: assessment
/// files, folders (every <c>*.json</c> inside, sorted ordinally), JSON Lines files (<c>*.jsonl</c>)
/// and <c>-</c> for JSON Lines on standard input. Nothing is read before it is needed, so a
/// million-line file is never held in memory.
/// </summary>
internal sealed class AssessmentInputs
{
    private readonly RubricLoader _loader;
    private readonly Func<Stream> _openStdin;

    public AssessmentInputs(RubricLoader loader, Func<Stream> openStdin)
    {
        _loader = loader;
        _openStdin = openStdin;
    }

    /// <summary>Expands the arguments into the files read, in order; a missing path is a user error.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var inside = Directory.GetFiles(input, "*.json", SearchOption.TopDirectoryOnly);
                if (inside.Length == 0)
                {
                    // Scoring nothing and reporting success would hide a mistyped or empty folder.
                    throw new UserDataException($"{input}: the folder holds no *.json files.");
                }

                Array.Sort(inside, StringComparer.Ordinal);
                files.AddRange(inside);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new UserDataException($"{input}: no such file or folder.");
            }
        }

        return files;
    }

    /// <summary>The size of a file for the progress bar; 0 when it cannot be known (it vanished, say).</summary>
    public static long SafeLength(string file)
    {
        try
        {
            return File.Exists(file) ? new FileInfo(file).Length : 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Whether a path is read as JSON Lines.</summary>
    public static bool IsJsonLines(string path) =>
        path == "-" || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<AssessmentRecord> Read(IReadOnlyList<string> files, Action<long>? bytesRead = null) =>
        Read(files, bytesRead, static record => record);

    /// <summary>The records of <paramref name="files"/> as a source for a step run where each is loaded.</summary>
    public IRecordSource Source(IReadOnlyList<string> files, Action<long>? bytesRead = null) => new FileSource(this, files, bytesRead);

    private IEnumerable<T> Read<T>(IReadOnlyList<string> files, Action<long>? bytesRead, Func<AssessmentRecord, T> then)
    {
        foreach (var file in files)
        {
            if (IsJsonLines(file))
            {
                foreach (var record in ReadLines(file, bytesRead, then))
                {
                    yield return record;
                }
            }
            else
            {
                var result = _loader.LoadAssessment(file);
                bytesRead?.Invoke(SafeLength(file));
                yield return then(AssessmentRecord.From(result, file, 1));
            }
        }
    }

    /// <summary>The lines as records, loaded by the loader (on other cores, with <paramref name="then"/>, for a named file).</summary>
    private IEnumerable<T> ReadLines<T>(string file, Action<long>? bytesRead, Func<AssessmentRecord, T> then)
    {
        Stream? stream;
        if (file == "-")
        {
            stream = _openStdin();
        }
        else if (!DocumentFiles.TryOpenStream(file, _loader.Options, out stream, out var problem))
        {
            yield return then(new AssessmentRecord(file, 1, null, [problem]));
            yield break;
        }

        // The loader splits the stream (a bounded number of lines held at a time, an endless or
        // oversized input ended with a diagnostic); a named file is all there already, so its
        // records are parsed and worked on on every core, while standard input may be fed as it
        // is scored, so it is taken one record at a time.
        using var input = bytesRead is null ? stream : new ProgressStream(stream, bytesRead);
        var parallelism = file == "-" ? 1 : Environment.ProcessorCount;
        var stopping = false;
        var notRead = 0L;
        IEnumerable<JsonLine> Lines()
        {
            using var lines = _loader.ReadLines(input, file).GetEnumerator();
            while (lines.MoveNext())
            {
                if (stopping)
                {
                    // Split but not parsed, to say how many records were left out.
                    do
                    {
                        notRead += lines.Current.IsStop ? lines.Current.RecordsNotRead : 1;
                    }
                    while (lines.MoveNext());
                    yield break;
                }

                yield return lines.Current;
            }
        }

        var records = 0;
        var failuresInARow = 0;
        var lastLine = 0;
        foreach (var (line, succeeded, selected) in OrderedPipeline.Select(Lines(), line => Work(line, file, then), parallelism))
        {
            if (stopping)
            {
                // Worked on ahead of the stop, but not reported: not read, as far as anyone is told.
                notRead++;
                continue;
            }

            records++;
            lastLine = line;
            yield return selected;
            failuresInARow = succeeded ? 0 : failuresInARow + 1;
            stopping = failuresInARow >= _loader.Options.MaxConsecutiveFailures;
        }

        if (stopping)
        {
            var message = FormattableString.Invariant($"{failuresInARow} records in a row could not be read, so the input does not look like JSON Lines of assessments; reading stopped, and the {notRead} {(notRead == 1 ? "record" : "records")} after them {(notRead == 1 ? "was" : "were")} not read.");
            yield return then(new AssessmentRecord(file, lastLine + 1, null, [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooManyAssessments, message, file, lastLine + 1, 1, string.Empty)]));
        }

        if (records == 0)
        {
            // An empty input (a file, a FIFO nobody writes to, standard input) is a mistake worth a line, not a silent success.
            var what = file == "-" ? "Standard input" : "The file";
            yield return then(new AssessmentRecord(file, 1, null, [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.EmptyDocument, what + " holds no assessments (it is empty or blank); expected one JSON object per line.", file, 1, 1, string.Empty)]));
        }
    }

    private (int Line, bool Succeeded, T Selected) Work<T>(JsonLine line, string file, Func<AssessmentRecord, T> then)
    {
        if (line.Stop is { } stop)
        {
            return (line.Number, false, then(new AssessmentRecord(file, line.Number, null, [stop])));
        }

        var result = _loader.ParseAssessment(line.Utf8, file, line.Number);
        return (line.Number, result.Succeeded, then(AssessmentRecord.From(result, file, LineOf(result))));
    }

    private static int LineOf(LoadResult<Rubric.Engine.Assessment> result)
    {
        if (result.TryLocate(string.Empty, out var line, out _))
        {
            return line;
        }

        var located = result.Diagnostics.FirstOrDefault(static d => d.Line > 0);
        return located?.Line ?? 1;
    }

    private sealed class FileSource(AssessmentInputs inputs, IReadOnlyList<string> files, Action<long>? bytesRead) : IRecordSource
    {
        public IEnumerable<T> Read<T>(Func<AssessmentRecord, T> then) => inputs.Read(files, bytesRead, then);
    }
}
