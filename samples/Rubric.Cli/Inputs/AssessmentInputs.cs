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
    private readonly RubricLoader _readingAhead;
    private readonly Func<Stream> _openStdin;

    public AssessmentInputs(RubricLoader loader, Func<Stream> openStdin)
    {
        _loader = loader;
        _openStdin = openStdin;
        var options = loader.Options;

        // A named file is all there already, so its lines are parsed on every core; standard
        // input may be fed as it is scored, so it is read one line at a time.
        _readingAhead = new RubricLoader(new LoaderOptions
        {
            Strict = options.Strict,
            MaxFileBytes = options.MaxFileBytes,
            MaxDepth = options.MaxDepth,
            MaxItems = options.MaxItems,
            MaxStringLength = options.MaxStringLength,
            MaxValues = options.MaxValues,
            MaxAssessments = options.MaxAssessments,
            MaxConsecutiveFailures = options.MaxConsecutiveFailures,
            JsonLinesParallelism = Math.Max(options.JsonLinesParallelism, Environment.ProcessorCount),
        });
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

        // The loader streams the lines (a bounded number held at a time) and ends an endless or oversized input with a diagnostic.
        using var input = bytesRead is null ? stream : new ProgressStream(stream, bytesRead);
        var records = 0;
        foreach (var selected in (file == "-" ? _loader : _readingAhead).ReadAssessmentLines(input, file, result => then(AssessmentRecord.From(result, file, LineOf(result)))))
        {
            records++;
            yield return selected;
        }

        if (records == 0)
        {
            // An empty input (a file, a FIFO nobody writes to, standard input) is a mistake worth a line, not a silent success.
            var what = file == "-" ? "Standard input" : "The file";
            yield return then(new AssessmentRecord(file, 1, null, [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.EmptyDocument, what + " holds no assessments (it is empty or blank); expected one JSON object per line.", file, 1, 1, string.Empty)]));
        }
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
