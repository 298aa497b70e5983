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
    private readonly SourceMap? _sourceMap;

    internal LoadResult(T? value, IReadOnlyList<Diagnostic> diagnostics, string? file, SourceMap? sourceMap)
    {
        Value = diagnostics.Any(static d => d.IsError) ? null : value;
        Diagnostics = diagnostics;
        File = file;
        _sourceMap = sourceMap;
    }

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
        return _sourceMap is not null && _sourceMap.TryLocate(jsonPointer, out line, out column);
    }
}
