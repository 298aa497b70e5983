namespace Rubric.Engine;

/// <summary>Adds items scored by <see cref="AnyOfRule"/>.</summary>
public static class AnyOfRuleBuilderExtensions
{
    /// <summary>Adds an item whose conditions are all required; any one failing loses <paramref name="loss"/> points once.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="conditions">The conditions as (id, text) pairs.</param>
    /// <param name="loss">Points lost when any fails; default all.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    public static StageBuilder AddAnyOfItem(this StageBuilder stage, string id, int number, string text, decimal points, IEnumerable<(string Id, string Text)> conditions, decimal? loss = null, EvidenceMethods methods = EvidenceMethods.Look)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(conditions);
        var rule = new AnyOfRule(conditions.Select(static c => new RuleCondition(c.Id, c.Text)), loss);
        return stage.AddItem(new Item(id, number, text, points, rule, methods));
    }
}
