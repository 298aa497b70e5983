namespace Rubric.Engine;

/// <summary>Adds items scored by <see cref="JudgedRule"/>.</summary>
public static class JudgedRuleBuilderExtensions
{
    /// <summary>Adds an item the assessor judges from 0 to its points.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="id">Item id.</param>
    /// <param name="number">Item number.</param>
    /// <param name="text">Item text.</param>
    /// <param name="points">Item points.</param>
    /// <param name="step">The step awards move in; default any exact value.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <returns>The stage builder.</returns>
    public static StageBuilder AddJudgedItem(this StageBuilder stage, string id, int number, string text, decimal points, decimal? step = null, EvidenceMethods methods = EvidenceMethods.Score)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.AddItem(new Item(id, number, text, points, new JudgedRule(step), methods));
    }
}
