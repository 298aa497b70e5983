using Rubric.Engine;
using Spectre.Console;

namespace Rubric.Cli.Output;

/// <summary>
/// Spectre consoles bound to a given writer: colours and cursor control only on a real terminal;
/// redirected or captured output gets plain text with no ANSI escapes and a fixed, wide layout.
/// </summary>
internal static class SpectreConsoles
{
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>
    /// User text (a unit name, an item text, a reason) as a table cell or title: its control
    /// characters escaped, so an escape sequence in a name cannot recolour or clear the terminal,
    /// and its square brackets kept from being read as Spectre markup.
    /// </summary>
    public static string Cell(string? text) => Markup.Escape(DisplayText.Escape(text));
}
