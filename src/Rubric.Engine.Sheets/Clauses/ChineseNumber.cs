using System.Globalization;

namespace Rubric.Engine.Sheets;

/// <summary>Numbers as sheets write them: 0.5, 2, or in characters (半, 一, 两, 十五, 二十).</summary>
internal static class ChineseNumber
{
    /// <summary>
    /// The pattern of one number, for the clause grammar: only forms <see cref="TryParse"/> reads
    /// (at most nine digits either side of the point; 十 with at most one digit either side), so a
    /// number the grammar matched is always a number it can read.
    /// </summary>
    public const string Pattern = @"(?:\d{1,9}(?:\.\d{1,9})?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[零一二两三四五六七八九]|半)";

    private const string Digits = "零一二三四五六七八九";

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        if (text == "半")
        {
            value = 0.5m;
            return true;
        }

        // 十 = 10, 十五 = 15, 二十 = 20, 二十五 = 25; 两 is 二. Sheets never need more.
        var tens = text.IndexOf('十', StringComparison.Ordinal);
        if (tens < 0)
        {
            return text.Length == 1 && Digit(text[0], out value);
        }

        decimal high = 1, low = 0;
        if ((tens == 1 && !Digit(text[0], out high)) || tens > 1 || text.Length - tens > 2 || (text.Length - tens == 2 && !Digit(text[^1], out low)))
        {
            return false;
        }

        value = (high * 10) + low;
        return true;
    }

    private static bool Digit(char c, out decimal value)
    {
        var index = c == '两' ? 2 : Digits.IndexOf(c, StringComparison.Ordinal);
        value = index;
        return index >= 0;
    }
}
