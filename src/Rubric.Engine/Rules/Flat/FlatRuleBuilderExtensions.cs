namespace Rubric.Engine;

/// <summary>Adds items scored by <see cref="FlatRule"/>.</summary>
public static class FlatRuleBuilderExtensions
{
    /// <summary>Adds an item that loses <paramref name="loss"/> points (default: all) when its requirement is not met.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="loss">Points lost when not met.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    public static StageBuilder AddFlatItem(this StageBuilder stage, string id, int number, string text, decimal points, decimal? loss = null, EvidenceMethods methods = EvidenceMethods.Check)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.AddItem(new Item(id, number, text, points, new FlatRule(loss), methods));
    }
}
