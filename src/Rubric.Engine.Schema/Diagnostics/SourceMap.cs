using System.Globalization;

namespace Rubric.Engine.Schema;

/// <summary>
/// JSON Pointer → 1-based line and column of the value it names, recorded while reading. Kept as a
/// tree of pointer segments, each value holding only its own segment: whole pointers, one a value,
/// would cost memory in proportion to the values times their depth (half a million arrays nested
/// sixty deep in a 1 MB file).
/// </summary>
internal sealed class SourceMap
{
    private const int Root = 0;

    // An array position is kept as a number: no string for each of half a million elements.
    private readonly Dictionary<(int Parent, int Index, string? Name), int> _children = [];
    private readonly List<(int Line, int Column)> _positions = [(0, 0)];

    // The pointers of the last value and its containers: values are recorded in document order, so
    // each one's parent is on this path and its own segment is all that is new.
    private readonly Stack<(string Pointer, int Node)> _path = new([(string.Empty, Root)]);

    public int Count { get; private set; }

    public void Add(string pointer, int line, int column)
    {
        while (_path.Count > 1 && !IsInside(pointer, _path.Peek().Pointer))
        {
            _path.Pop();
        }

        var node = pointer.Length == 0 ? Root : _path.Peek().Node;
        var rest = pointer.Length == 0 ? string.Empty : pointer[(_path.Peek().Pointer.Length + 1)..];
        foreach (var segment in pointer.Length == 0 ? [] : rest.Split('/'))
        {
            var key = Key(node, segment);
            if (!_children.TryGetValue(key, out var child))
            {
                child = _positions.Count;
                _positions.Add((0, 0));
                _children.Add(key, child);
            }

            node = child;
        }

        if (pointer.Length > 0)
        {
            _path.Push((pointer, node));
        }

        if (_positions[node] == (0, 0))
        {
            _positions[node] = (line, column);
            Count++;
        }
    }

    public bool TryLocate(string pointer, out int line, out int column)
    {
        var node = Root;
        foreach (var segment in Segments(pointer))
        {
            if (!_children.TryGetValue(Key(node, segment), out node))
            {
                (line, column) = (0, 0);
                return false;
            }
        }

        (line, column) = _positions[node];
        return line != 0;
    }

    /// <summary>The position of the pointer, or of its nearest recorded ancestor (a missing member is reported at its object).</summary>
    public (int Line, int Column) LocateNearest(string pointer)
    {
        var node = Root;
        var nearest = _positions[Root];
        foreach (var segment in Segments(pointer))
        {
            if (!_children.TryGetValue(Key(node, segment), out node))
            {
                break;
            }

            nearest = _positions[node] == (0, 0) ? nearest : _positions[node];
        }

        return nearest;
    }

    /// <summary>A segment of digits without a leading zero is an array position (or a member named so, the same either way).</summary>
    private static (int Parent, int Index, string? Name) Key(int parent, string segment) =>
        segment.Length is > 0 and < 10 && (segment[0] != '0' || segment.Length == 1) && segment.All(char.IsAsciiDigit)
            ? (parent, int.Parse(segment, CultureInfo.InvariantCulture), null)
            : (parent, -1, segment);

    private static string[] Segments(string pointer) => pointer.Length == 0 ? [] : pointer[1..].Split('/');

    private static bool IsInside(string pointer, string container) =>
        pointer.Length > container.Length && pointer[container.Length] == '/' && pointer.StartsWith(container, StringComparison.Ordinal);
}
