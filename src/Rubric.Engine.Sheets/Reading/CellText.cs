using System.Globalization;
using System.Text;

namespace Rubric.Engine.Sheets;

/// <summary>
/// The text of a cell. Spreadsheet numbers arrive as binary floating point and are turned into
/// their shortest round-trip text at once, to be parsed only as decimals after that. Line breaks
/// inside a cell (Word wraps long items into several paragraphs) are joined: without a space
/// between two Chinese characters, with one between words of other scripts.
/// </summary>
internal static class CellText
{
    public static string? From(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return Clean(text);
    }

    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var part = line.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && !IsWide(builder[^1]) && !IsWide(part[0]))
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>CJK characters and full-width punctuation, which are written without spaces between them.</summary>
    private static bool IsWide(char c) => c >= '\u2E80';
}
