using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Inputs;

/// <summary>
/// One assessment read from a file or a JSON Lines line: the assessment when it loaded, the
/// loader's diagnostics, and a way to find a JSON Pointer's line and column in its source, so a
/// later scoring error can be reported where the bad value is.
/// </summary>
internal sealed class AssessmentRecord
{
    private Func<string, (int Line, int Column)?> _locate;
    private Func<LoadResult<Assessment>>? _load;
    private Assessment? _assessment;
    private IReadOnlyList<Diagnostic> _diagnostics;

    public AssessmentRecord(string source, int line, Assessment? assessment, IReadOnlyList<Diagnostic> diagnostics, Func<string, (int Line, int Column)?>? locate = null)
    {
        Source = source;
        Line = line;
        _assessment = assessment;
        _diagnostics = diagnostics;
        _locate = locate ?? (static _ => null);
    }

    private AssessmentRecord(string source, int line, Func<LoadResult<Assessment>> load)
        : this(source, line, null, [])
    {
        _load = load;
    }

    /// <summary>The file, or <c>-</c> for standard input.</summary>
    public string Source { get; }

    /// <summary>The line the record starts on.</summary>
    public int Line { get; }

    public Assessment? Assessment
    {
        get
        {
            Load();
            return _assessment;
        }
    }

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            Load();
            return _diagnostics;
        }
    }

    public (int Line, int Column)? Locate(string jsonPointer)
    {
        Load();
        return _locate(jsonPointer);
    }

    public static AssessmentRecord From(LoadResult<Assessment> result, string source, int line) =>
        new(source, line, result.Succeeded ? result.Value : null, result.Diagnostics, Locator(result));

    /// <summary>A record loaded when first looked at, by whichever thread (one at a time) does so.</summary>
    public static AssessmentRecord Deferred(string source, int line, Func<LoadResult<Assessment>> load) => new(source, line, load);

    /// <summary>Loads a deferred record now; nothing for one already loaded.</summary>
    public void Load()
    {
        if (_load is not { } load)
        {
            return;
        }

        _load = null;
        var result = load();
        _assessment = result.Succeeded ? result.Value : null;
        _diagnostics = result.Diagnostics;
        _locate = Locator(result);
    }

    /// <summary>Lets go of the assessment and its source once its scorecard is rendered; the diagnostics stay.</summary>
    public void Forget()
    {
        _load = null;
        _assessment = null;
        _locate = static _ => null;
    }

    private static Func<string, (int Line, int Column)?> Locator(LoadResult<Assessment> result) =>
        pointer => result.TryLocate(pointer, out var l, out var c) ? (l, c) : null;
}
