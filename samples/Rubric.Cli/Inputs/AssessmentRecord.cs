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

    public AssessmentRecord(string source, int line, Assessment? assessment, IReadOnlyList<Diagnostic> diagnostics, Func<string, (int Line, int Column)?>? locate = null)
    {
        Source = source;
        Line = line;
        Assessment = assessment;
        Diagnostics = diagnostics;
        _locate = locate ?? (static _ => null);
    }

    /// <summary>The file, or <c>-</c> for standard input.</summary>
    public string Source { get; }

    /// <summary>The line the record starts on.</summary>
    public int Line { get; }

    public Assessment? Assessment { get; private set; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public (int Line, int Column)? Locate(string jsonPointer) => _locate(jsonPointer);

    public static AssessmentRecord From(LoadResult<Assessment> result, string source, int line) =>
        new(source, line, result.Succeeded ? result.Value : null, result.Diagnostics, Locator(result));

    /// <summary>Lets go of the assessment and its source once its scorecard is rendered; the diagnostics stay.</summary>
    public void Forget()
    {
        Assessment = null;
        _locate = static _ => null;
    }

    private static Func<string, (int Line, int Column)?> Locator(LoadResult<Assessment> result) =>
        pointer => result.TryLocate(pointer, out var l, out var c) ? (l, c) : null;
}
