using System.Globalization;
using System.Numerics;
using System.Text;

namespace Rubric.Engine.Sheets;

/// <summary>
/// The text of a cell. Spreadsheet numbers arrive as binary floating point and are turned into
/// text at once, to be parsed only as decimals after that. Line breaks
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
            double d => Number(d),
            float f => Number(f),
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

    /// <summary>
    /// A number as the workbook shows it. Spreadsheets keep binary doubles but show and compare
    /// them to 15 significant digits, which is also how far the conversion to decimal keeps (7 for
    /// a float, converted as a float, not widened to a double first): a formula's 0.1 + 0.2 holds
    /// 0.30000000000000004 and reads as the 0.3 the sheet shows. A number beyond the decimal range
    /// keeps its round-trip text, for the parser to refuse.
    /// </summary>
    private static string Number<T>(T value)
        where T : IFloatingPointIeee754<T> =>
        T.IsFinite(value) && T.Abs(value) < T.CreateTruncating(7.9e28)
            ? decimal.CreateTruncating(value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>CJK characters and full-width punctuation, which are written without spaces between them.</summary>
    private static bool IsWide(char c) => c >= '\u2E80';
}
