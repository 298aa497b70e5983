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
            Description = "Output format: " + string.Join(", ", values) + ".",
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join('|', values),
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>The assessments a command scores: files, folders, JSON Lines files, or - for standard input.</summary>
    public static Argument<string[]> AssessmentInputs() => new Argument<string[]>("INPUT")
    {
        Description = "Assessment files, folders, JSON Lines files, or - for JSON Lines on standard input.",
        Arity = ArgumentArity.OneOrMore,
    }.RejectingOptionLikeTokens();

    /// <summary>A workbook is binary: it goes to a file, never to standard output (a usage error otherwise).</summary>
    public static void RequireOutForXlsx(this Command command, Option<string> format, Option<string?> output) =>
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) == "xlsx" && result.GetValue(output) is null)
            {
                result.AddError("--format xlsx writes a workbook and needs --out FILE.");
            }
        });

    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write to this file instead of standard output (written atomically: a temporary file in the same folder, then moved over the target).",
        HelpName = "FILE",
    };

    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of explanations: en or zh-CN.",
            DefaultValueFactory = _ => "en",
            HelpName = "en|zh-CN",
        };
        option.AcceptOnlyFromAmong("en", "zh-CN");
        return option;
    }

    /// <summary>
    /// Rejects tokens that look like options among file arguments: a variadic argument would
    /// otherwise swallow a misspelt option (--colour) as a file name and fail later as bad data
    /// instead of as a usage error. A file whose name starts with '-' can be given as ./-name.
    /// </summary>
    public static Argument<string[]> RejectingOptionLikeTokens(this Argument<string[]> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return argument;
    }

    public static ExplanationLanguage ParseLanguage(string? value) =>
        string.Equals(value, "zh-CN", StringComparison.OrdinalIgnoreCase) ? ExplanationLanguage.Chinese : ExplanationLanguage.English;
}
