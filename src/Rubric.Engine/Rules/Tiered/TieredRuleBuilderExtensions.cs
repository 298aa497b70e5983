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
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "See the overload that takes the rule's own type.")]
    public static StageBuilder AddTieredItem(this StageBuilder stage, string id, int number, string text, decimal points, IEnumerable<(string Id, string Text, decimal Loss)> levels, EvidenceMethods methods = EvidenceMethods.Check)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(levels);
        return stage.AddTieredItem(id, number, text, points, levels.Select(static l => new RuleLevel(l.Id, l.Text, l.Loss)), methods);
    }

    /// <summary>Adds an item scored by named levels, each with its texts and loss.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="levels">The levels, an English text beside the one written where English explanations need it.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the required list, so a call binds to one of them whatever optional arguments it gives.")]
    public static StageBuilder AddTieredItem(this StageBuilder stage, string id, int number, string text, decimal points, IEnumerable<RuleLevel> levels, EvidenceMethods methods = EvidenceMethods.Check)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.AddItem(new Item(id, number, text, points, new TieredRule(levels), methods));
    }
}
