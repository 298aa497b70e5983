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

    /// <summary>Whether a path is read as JSON Lines.</summary>
    public static bool IsJsonLines(string path) =>
        path == "-" || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<AssessmentRecord> Read(IReadOnlyList<string> files, Action<long>? bytesRead = null)
    {
        foreach (var file in files)
        {
            if (IsJsonLines(file))
            {
                foreach (var record in ReadLines(file, bytesRead))
                {
                    yield return record;
                }
            }
            else
            {
                var path = file;
                bytesRead?.Invoke(new FileInfo(file).Length);
                yield return AssessmentRecord.Deferred(file, 1, () => _loader.LoadAssessment(path));
            }
        }
    }

    /// <summary>
    /// The lines as records still to be loaded: reading stays on the caller's thread and only
    /// splits bytes, so the loading can run on other cores.
    /// </summary>
    private IEnumerable<AssessmentRecord> ReadLines(string file, Action<long>? bytesRead)
    {
        using var stream = file == "-" ? _openStdin() : File.OpenRead(file);
        using var lines = new JsonLinesReader(stream);
        var lineNumber = 0;
        while (lines.TryReadLine(out var bytes, out var length))
        {
            lineNumber++;
            bytesRead?.Invoke(length);
            if (JsonLinesReader.IsBlank(bytes))
            {
                continue;
            }

            var line = lineNumber;
            yield return AssessmentRecord.Deferred(file, line, () => _loader.ParseAssessment(bytes, file, line));
        }
    }
}
