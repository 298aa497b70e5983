using System.Diagnostics.CodeAnalysis;

namespace Rubric.Engine.Schema;

/// <summary>
/// The outcome of loading one document: the value when there were no errors, and every
/// diagnostic found, in document order.
/// </summary>
/// <typeparam name="T">The loaded type.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    private SourceMap? _sourceMap;
    private readonly Func<SourceMap>? _mapSource;
    private readonly (int Line, int Column) _root;

    internal LoadResult(T? value, IReadOnlyList<Diagnostic> diagnostics, string? file, SourceMap? sourceMap)
    {
        Value = diagnostics.Any(static d => d.IsError) ? null : value;
        Diagnostics = diagnostics;
        File = file;
        _sourceMap = sourceMap;
    }

    /// <summary>A document read without diagnostics, whose positions are found only if someone asks (rarely: a scoring error).</summary>
    /// <remarks>
    /// <paramref name="root"/> is where the document's root value starts, known without a map, so
    /// that asking for it (as a host placing every record on its line does) does not cost a token walk.
    /// </remarks>
    internal LoadResult(T value, string? file, (int Line, int Column) root, Func<SourceMap> mapSource)
    {
        Value = value;
        Diagnostics = [];
        File = file;
        _root = root;
        _mapSource = mapSource;
    }

    /// <summary>Whether the source map has been built (every document read through the scanner has it: rubrics, rosters, plans and any assessment that failed or warned; an assessment read without a problem builds it only when asked).</summary>
    internal bool HasSourceMap => _sourceMap is not null;

    /// <summary>The value, when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, errors and warnings, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The file loaded, when it came from one.</summary>
    public string? File { get; }

    /// <summary>Whether the document loaded without errors (it may have warnings).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>
    /// Finds where a JSON Pointer's value starts in the document, so that a later problem (a
    /// scoring error naming an item and a value) can be reported at its line and column.
    /// </summary>
    /// <param name="jsonPointer">The JSON Pointer.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <returns>Whether the jsonPointer was found.</returns>
    public bool TryLocate(string jsonPointer, out int line, out int column)
    {
        line = 0;
        column = 0;
        var map = _sourceMap;
        if (map is null && jsonPointer.Length == 0 && _root.Line > 0)
        {
            (line, column) = _root;
            return true;
        }

        if (map is null && _mapSource is { } mapSource)
        {
            // Racing threads build equal maps; either may win.
            map = mapSource();
            _sourceMap = map;
        }

        return map is not null && map.TryLocate(jsonPointer, out line, out column);
    }
}
