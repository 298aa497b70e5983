namespace Rubric.Cli.Awards;

/// <summary>One unit on an award list: its rank, score, and the reason it is or is not awarded (a tie broken, ineligible, below the cut-off).</summary>
internal sealed record AwardEntry(int Rank, string UnitId, string UnitName, decimal? Score, string Reason);
