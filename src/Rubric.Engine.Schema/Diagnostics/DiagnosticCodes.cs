namespace Rubric.Engine.Schema;

/// <summary>
/// The stable diagnostic codes. RUB1xxx belong to loading and validation; RUB2xxx to scoring
/// (<see cref="ScoringErrorCode"/>). A code never changes meaning once released.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>RUB1001: the file is not valid JSON (syntax error).</summary>
    public const string JsonSyntax = "RUB1001";
}
