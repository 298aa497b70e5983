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
    /// <summary>The node of the root value, and the parent given for it.</summary>
    public const int Root = 0;

    // An array position is kept as a number: no string for each of half a million elements.
    private readonly Dictionary<(int Parent, int Index, string? Name), int> _children = [];
    private readonly List<(int Line, int Column)> _positions = [(0, 0)];

    /// <summary>Records where the value at <paramref name="pointer"/> (the root, or a member or element of the node <paramref name="parent"/>) starts, unless it was recorded before (a member given twice); returns its node.</summary>
    public int Add(int parent, string pointer, int line, int column)
    {
        var node = Root;
        if (pointer.Length > 0)
        {
            var key = Key(parent, pointer[(pointer.LastIndexOf('/') + 1)..]);
            if (!_children.TryGetValue(key, out node))
            {
                node = _positions.Count;
                _positions.Add((0, 0));
                _children.Add(key, node);
            }
        }

        if (_positions[node] == (0, 0))
        {
            _positions[node] = (line, column);
        }

        return node;
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
}
