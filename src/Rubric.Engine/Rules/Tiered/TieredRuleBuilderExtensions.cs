namespace Rubric.Engine;

/// <summary>Adds items scored by <see cref="TieredRule"/>.</summary>
public static class TieredRuleBuilderExtensions
{
    /// <summary>Adds an item scored by named levels, each with its loss.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="levels">The levels as (id, text, loss).</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    public static StageBuilder AddTieredItem(this StageBuilder stage, string id, int number, string text, decimal points, IEnumerable<(string Id, string Text, decimal Loss)> levels, EvidenceMethods methods = EvidenceMethods.Check)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(levels);
        var rule = new TieredRule(levels.Select(static l => new RuleLevel(l.Id, l.Text, l.Loss)));
        return stage.AddItem(new Item(id, number, text, points, rule, methods));
    }
}
