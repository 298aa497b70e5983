using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>One item row of the blank sheet.</summary>
internal sealed record SheetRow(string Task, string Stage, int Number, string Text, decimal Points, string ItemId, string HowToFill);
