using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>
/// One row of the blank sheet under the column headers: an item, or the total of a stage, a task
/// or the sheet, which sums the rows <see cref="Summed"/> lists (indexes into the sheet's rows).
/// </summary>
internal sealed record SheetRow(string Task, string Stage, int? Number, string Text, decimal Points, string Id, string HowToFill, Item? Item, IReadOnlyList<int> Summed)
{
    public bool IsTotal => Item is null;
}
