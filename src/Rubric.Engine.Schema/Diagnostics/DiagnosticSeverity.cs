namespace Rubric.Engine.Schema;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The file cannot be used.</summary>
    Error,

    /// <summary>The file can be used, but something deserves a look (an incomplete sheet, say). Strict mode makes it an error.</summary>
    Warning,
}
