namespace Rubric.Engine.Sheets;

/// <summary>Why a clause was not turned into a rule: the diagnostic code and the message, which quotes the clause.</summary>
internal sealed record ClauseFinding(string Code, string Message);
