namespace Rubric.Engine.Schema;

/// <summary>JSON Pointer → 1-based line and column of the value it names, recorded while reading.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    public int Count => _positions.Count;

    public void Add(string pointer, int line, int column) => _positions.TryAdd(pointer, (line, column));

    public bool TryLocate(string pointer, out int line, out int column)
    {
        if (_positions.TryGetValue(pointer, out var position))
        {
            (line, column) = position;
            return true;
        }

        line = 0;
        column = 0;
        return false;
    }

    /// <summary>The position of the pointer, or of its nearest recorded ancestor (a missing member is reported at its object).</summary>
    public (int Line, int Column) LocateNearest(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return (0, 0);
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current[..slash];
        }
    }
}
