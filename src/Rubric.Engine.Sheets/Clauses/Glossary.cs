namespace Rubric.Engine.Sheets;

/// <summary>
/// The words of education-office sheets that have a conventional id in the rubric format
/// (docs/formats.md): evidence, stages, and the conditions and levels that recur from sheet to
/// sheet. A word not listed gets a positional id (<c>c1</c>, <c>level2</c>); the text itself is
/// always kept beside the id.
/// </summary>
internal static class Glossary
{
    /// <summary>Evidence nouns, the specific before the general (帮扶记录 before 记录).</summary>
    private static readonly (string Word, string Id)[] EvidenceWords =
    [
        ("走访记录", "visitLogs"), ("帮扶记录", "assistanceRecords"), ("记录", "records"), ("材料", "materials"), ("资料", "materials"), ("计划", "plans"),
    ];

    private static readonly (string Word, string Id)[] StageWords = [("准备", "prep"), ("实施", "impl"), ("总结", "sum")];

    private static readonly (string Word, string Id)[] ConditionWords = [("标语", "slogan"), ("宣传栏", "noticeboard"), ("横幅", "banner"), ("展板", "displayBoard")];

    /// <summary>Level wording: late before not submitted, so 没有按时上报 is late, not missing.</summary>
    private static readonly (string Word, string Id)[] LevelWords =
    [
        ("没有按时", "late"), ("未按时", "late"), ("不按时", "late"), ("迟交", "late"), ("迟报", "late"), ("逾期", "late"),
        ("未交", "notSubmitted"), ("没交", "notSubmitted"), ("未报", "notSubmitted"), ("没报", "notSubmitted"), ("未上报", "notSubmitted"), ("没有上报", "notSubmitted"),
        ("按时", "onTime"),
    ];

    /// <summary>The evidence id for what follows 查看 (查看走访记录 → visitLogs); an unknown noun is kept as written.</summary>
    public static string Evidence(string noun)
    {
        foreach (var (word, id) in EvidenceWords)
        {
            if (noun == word)
            {
                return id;
            }
        }

        foreach (var (word, id) in EvidenceWords)
        {
            if (noun.EndsWith(word, StringComparison.Ordinal))
            {
                return id;
            }
        }

        return noun;
    }

    public static string? Stage(string text) => Find(StageWords, text);

    public static string? Condition(string text) => Find(ConditionWords, text);

    public static string? Level(string text) => Find(LevelWords, text);

    private static string? Find((string Word, string Id)[] words, string text)
    {
        foreach (var (word, id) in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return id;
            }
        }

        return null;
    }
}
