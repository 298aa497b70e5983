using System.Text;

namespace Rubric.Engine.Sheets;

/// <summary>
/// Finds the deduction clause of an item: the last bracketed part of its text that speaks of
/// points (扣, 分, 加, %), or, when nothing is bracketed, the last sentence that deducts. The text
/// is first folded to one form of each sign (full-width brackets, commas and digits to ASCII, no
/// spaces), because offices type both.
/// </summary>
internal static class ClauseText
{
    /// <summary>The item's text folded for reading; the rubric keeps the text as written.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '（': builder.Append('('); break;
                case '）': builder.Append(')'); break;
                case '，': builder.Append(','); break;
                case '；': builder.Append(';'); break;
                case '：': builder.Append(':'); break;
                case '．': builder.Append('.'); break;
                case '％': builder.Append('%'); break;
                case >= '０' and <= '９': builder.Append((char)(c - '０' + '0')); break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits folded text into the item's own words and its clause (empty when it has none).</summary>
    public static (string Body, string Clause) Split(string folded)
    {
        var groups = BracketGroups(folded);
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var (start, end) = groups[g];
            var content = folded[(start + 1)..end];
            if (SpeaksOfPoints(content))
            {
                return (folded[..start], content);
            }
        }

        // Nothing bracketed: the last sentence that deducts or adds, if any.
        var sentences = folded.Split('。');
        for (var s = sentences.Length - 1; s >= 0; s--)
        {
            if (sentences[s].Contains('扣', StringComparison.Ordinal) || sentences[s].Contains("加分", StringComparison.Ordinal) || sentences[s].Contains("不得分", StringComparison.Ordinal))
            {
                return (string.Join('。', sentences[..s]), sentences[s]);
            }
        }

        return (folded, string.Empty);
    }

    private static bool SpeaksOfPoints(string content) =>
        content.AsSpan().IndexOfAny("扣分加%") >= 0;

    /// <summary>Top-level bracket groups as (open, close) indexes; an unclosed last group runs to the end.</summary>
    private static List<(int Start, int End)> BracketGroups(string text)
    {
        var groups = new List<(int, int)>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                groups.Add((start, i));
            }
        }

        if (depth > 0)
        {
            groups.Add((start, text.Length));
        }

        return groups;
    }
}
