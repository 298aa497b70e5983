namespace Rubric.Engine;

/// <summary>Adds items scored by <see cref="ShortfallRule"/>.</summary>
public static class ShortfallRuleBuilderExtensions
{
    /// <summary>Adds an item with a target count; each unit short loses <paramref name="rate"/>, capped.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="target">The count required.</param>
    /// <param name="rate">Points lost per unit short.</param>
    /// <param name="cap">The most the rule can take; default the item's points.</param>
    /// <param name="noneDoneLosesAll">Whether achieving nothing loses the whole item.</param>
    /// <param name="unit">What is counted.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    public static StageBuilder AddShortfallItem(this StageBuilder stage, string id, int number, string text, decimal points, int target, decimal rate, decimal? cap = null, bool noneDoneLosesAll = true, string unit = "人次", EvidenceMethods methods = EvidenceMethods.Check)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.AddItem(new Item(id, number, text, points, new ShortfallRule(target, rate, cap, noneDoneLosesAll, unit), methods));
    }
}
