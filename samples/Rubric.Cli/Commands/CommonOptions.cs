using System.CommandLine;
using Rubric.Engine;

namespace Rubric.Cli.Commands;

/// <summary>Options several commands share, so they are spelled and described alike.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(string defaultValue, params string[] values)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", values) + " (default " + defaultValue + ").",
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join('|', values),
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write to this file instead of standard output (written atomically: a temporary file in the same folder, then moved over the target).",
        HelpName = "FILE",
    };

    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of explanations: en or zh-CN (default en).",
            DefaultValueFactory = _ => "en",
            HelpName = "en|zh-CN",
        };
        option.AcceptOnlyFromAmong("en", "zh-CN");
        return option;
    }

    public static ExplanationLanguage ParseLanguage(string? value) =>
        string.Equals(value, "zh-CN", StringComparison.OrdinalIgnoreCase) ? ExplanationLanguage.Chinese : ExplanationLanguage.English;
}
