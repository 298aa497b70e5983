using System.Globalization;

namespace Rubric.Engine.Schema;

/// <summary>
/// One problem found in a file: severity, a stable code (<c>RUB1001</c>), where it is (file,
/// 1-based line and column, JSON Pointer) and what was found and expected. The message is one
/// line: whatever user text it quotes, its control characters are shown escaped
/// (<see cref="DisplayText.Escape"/>), and so are those of the file and pointer when printed.
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">The stable code, such as <c>RUB1001</c>.</param>
    /// <param name="message">What was found and what was expected; control characters in it are escaped.</param>
    /// <param name="file">The file, when known.</param>
    /// <param name="line">1-based line; 0 when unknown.</param>
    /// <param name="column">1-based column; 0 when unknown.</param>
    /// <param name="jsonPointer">JSON Pointer to the value (RFC 6901); empty for the whole document.</param>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, string? file, int line, int column, string jsonPointer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentNullException.ThrowIfNull(jsonPointer);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        Severity = severity;
        Code = code;
        Message = DisplayText.Escape(message);
        File = file;
        Line = line;
        Column = column;
        JsonPointer = jsonPointer;
    }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The stable code, such as <c>RUB1001</c>; see <see cref="DiagnosticCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What was found and what was expected.</summary>
    public string Message { get; }

    /// <summary>The file, when known.</summary>
    public string? File { get; }

    /// <summary>1-based line; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>JSON Pointer to the value; empty for the whole document.</summary>
    public string JsonPointer { get; }

    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The same diagnostic as an error (strict mode).</summary>
    /// <returns>An error diagnostic.</returns>
    public Diagnostic AsError() => IsError ? this : new(DiagnosticSeverity.Error, Code, Message, File, Line, Column, JsonPointer);

    /// <summary>
    /// The compiler convention IDEs and CI annotate: <c>file(line,col): error RUB1001: message</c>,
    /// with the JSON Pointer after the message.
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var where = File is null ? "<input>" : DisplayText.Escape(File);
        if (Line > 0)
        {
            where += string.Create(CultureInfo.InvariantCulture, $"({Line},{Math.Max(Column, 1)})");
        }

        var severity = IsError ? "error" : "warning";
        var at = JsonPointer.Length == 0 ? string.Empty : $" [at {DisplayText.Escape(JsonPointer)}]";
        return $"{where}: {severity} {Code}: {Message}{at}";
    }
}
