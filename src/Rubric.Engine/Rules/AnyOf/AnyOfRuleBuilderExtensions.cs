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
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "See the overload that takes the rule's own type.")]
    public static StageBuilder AddAnyOfItem(this StageBuilder stage, string id, int number, string text, decimal points, IEnumerable<(string Id, string Text)> conditions, decimal? loss = null, EvidenceMethods methods = EvidenceMethods.Look)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(conditions);
        return stage.AddAnyOfItem(id, number, text, points, conditions.Select(static c => new RuleCondition(c.Id, c.Text)), loss, methods);
    }

    /// <summary>Adds an item whose conditions, each with its texts, are all required; any one failing loses <paramref name="loss"/> points once.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="conditions">The conditions, an English text beside the one written where English explanations need it.</param>
    /// <param name="loss">Points lost when any fails; default all.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the required list, so a call binds to one of them whatever optional arguments it gives.")]
    public static StageBuilder AddAnyOfItem(this StageBuilder stage, string id, int number, string text, decimal points, IEnumerable<RuleCondition> conditions, decimal? loss = null, EvidenceMethods methods = EvidenceMethods.Look)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.AddItem(new Item(id, number, text, points, new AnyOfRule(conditions, loss), methods));
    }
}
