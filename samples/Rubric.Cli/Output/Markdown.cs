using Rubric.Engine;

namespace Rubric.Cli.Output;

/// <summary>GitHub-flavoured Markdown table cells.</summary>
internal static class Markdown
{
    /// <summary>A cell on one line: line breaks become spaces, other control characters escapes (<see cref="DisplayText.Escape"/>).</summary>
    public static string Cell(string? value) =>
        DisplayText.Escape((value ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' '));

    public static void WriteRow(TextWriter writer, IEnumerable<string?> cells) =>
        writer.WriteLine("| " + string.Join(" | ", cells.Select(Cell)) + " |");

    public static void WriteHeader(TextWriter writer, IReadOnlyList<string> headers, IReadOnlyList<bool>? rightAligned = null)
    {
        WriteRow(writer, headers);
        writer.WriteLine("|" + string.Join("|", headers.Select((_, i) => rightAligned is not null && rightAligned[i] ? " ---: " : " --- ")) + "|");
    }
}
