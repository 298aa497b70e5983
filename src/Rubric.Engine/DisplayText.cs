using System.Buffers;
using System.Globalization;
using System.Text;

namespace Rubric.Engine;

/// <summary>
/// Shows text that came from a user (an id, a name, an observation key, a file name) inside a
/// message or a table cell: control characters, line and paragraph separators and the
/// characters that reorder text on screen are written as escapes (<c>\n</c>, <c>\t</c>,
/// <c>\u001B</c>), so a message stays on one line and a terminal shows the text instead of acting
/// on it. Everything else, Chinese included, is kept as it is; backslashes too, so that a path
/// reads as the user typed it.
/// </summary>
public static class DisplayText
{
    // C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional marks,
    // embeddings, overrides and isolates (a name that reverses the rest of its line on screen).
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>Whether <paramref name="text"/> holds a character that <see cref="Escape"/> would rewrite.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it needs escaping.</returns>
    public static bool NeedsEscaping(ReadOnlySpan<char> text) => text.IndexOfAny(Escaped) >= 0;

    /// <summary>
    /// The text with every control character escaped: <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\0</c>
    /// for the common ones, <c>\uXXXX</c> for the rest. The same instance when nothing needs it.
    /// </summary>
    /// <param name="text">The text; null is shown as empty.</param>
    /// <returns>The text, safe to print on one line.</returns>
    public static string Escape(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Escaped);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Escaped.Contains(c))
            {
                builder.Append(c);
                continue;
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\0' => builder.Append("\\0"),
                _ => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
            };
        }

        return builder.ToString();
    }
}
