namespace Rubric.Engine;

/// <summary>Adds items scored by <see cref="PerUnitRule"/>.</summary>
public static class PerUnitRuleBuilderExtensions
{
    /// <summary>Adds an item that loses <paramref name="rate"/> per missing unit, capped, and all when none was done.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="rate">Points lost per missing unit.</param>
    /// <param name="cap">The most the rule can take; default the item's points.</param>
    /// <param name="noneDoneLosesAll">Whether none done loses the whole item.</param>
    /// <param name="unit">What is counted.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    public static StageBuilder AddPerUnitItem(this StageBuilder stage, string id, int number, string text, decimal points, decimal rate, decimal? cap = null, bool noneDoneLosesAll = true, string unit = "人次", EvidenceMethods methods = EvidenceMethods.Check)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.AddItem(new Item(id, number, text, points, new PerUnitRule(rate, cap, noneDoneLosesAll, unit), methods));
    }
}
