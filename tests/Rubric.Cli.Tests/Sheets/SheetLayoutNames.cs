using Rubric.Cli.Sheets;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Sheets;

/// <summary>Helpers for filling a sheet in tests: the field labels, and a cell that loses nothing for an item.</summary>
internal static class SheetLayoutNames
{
    public const string UnitId = SheetLayout.UnitId;

    public static object PerfectCell(Item item) => item.Rule switch
    {
        FlatRule or AnyOfRule => "是",
        PerUnitRule => 0,
        ShortfallRule r => r.Target,
        TieredRule r => r.Levels.MinBy(l => l.Loss)!.Id,
        _ => item.Points,
    };
}
