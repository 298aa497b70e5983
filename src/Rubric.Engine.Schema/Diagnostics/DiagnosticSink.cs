namespace Rubric.Engine.Schema;

/// <summary>Collects the diagnostics of one document, locating each by its JSON Pointer.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<Diagnostic> _diagnostics = [];

    public DiagnosticSink(string? file, int firstLine)
    {
        File = file;
        FirstLine = firstLine;
    }

    public string? File { get; }

    public int FirstLine { get; }

    public SourceMap SourceMap { get; } = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Exists(static d => d.IsError);

    public void Add(DiagnosticSeverity severity, string code, string message, int line, int column, string pointer) =>
        _diagnostics.Add(new Diagnostic(severity, code, message, File, line, column, pointer));

    public void Error(string code, string message, int line, int column, string pointer) =>
        Add(DiagnosticSeverity.Error, code, message, line, column, pointer);

    /// <summary>Adds a diagnostic at the value the pointer names, or at its nearest ancestor.</summary>
    public void At(DiagnosticSeverity severity, string code, string message, string pointer)
    {
        var (line, column) = SourceMap.LocateNearest(pointer);
        if (line == 0)
        {
            (line, column) = (FirstLine, 1);
        }

        Add(severity, code, message, line, column, pointer);
    }

    public void ErrorAt(string code, string message, string pointer) => At(DiagnosticSeverity.Error, code, message, pointer);

    /// <summary>The diagnostics in document order, warnings made errors when strict.</summary>
    public IReadOnlyList<Diagnostic> Finish(bool strict) =>
        _diagnostics
            .Select(d => strict ? d.AsError() : d)
            .OrderBy(static d => d.Line) // a stable sort: diagnostics at one place keep the order they were found in
            .ThenBy(static d => d.Column)
            .ToArray();
}
