namespace Rubric.Engine;

/// <summary>
/// Zeroes the veto item's stage, task or total when the item lost any points. A rubric that has
/// no item of that id is left alone, so one engine can serve several rubrics.
/// </summary>
public sealed class VetoStep : IScoringStep
{
    private readonly string _itemId;
    private readonly AdjustmentScope _scope;

    /// <summary>Creates the step.</summary>
    /// <param name="options">The options; validated here.</param>
    public VetoStep(VetoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _itemId = options.ItemId;
        _scope = options.Scope;
        Name = options.Name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public void Apply(ScoringStepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Rubric.TryGetItem(_itemId, out var item) || context.DeductionFor(_itemId) is null)
        {
            return;
        }

        var (targetId, current) = _scope switch
        {
            AdjustmentScope.Stage => (context.StageOf(_itemId).Id, context.StageScore(context.StageOf(_itemId).Id)),
            AdjustmentScope.Task => (context.TaskOf(_itemId).Id, context.TaskScore(context.TaskOf(_itemId).Id)),
            _ => ((string?)null, context.Total),
        };

        var number = item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reason = new LocalizedText(
            $"Veto: item {number} ({item.Id}) lost points, so the {_scope.ToString().ToLowerInvariant()} scores 0.",
            $"一票否决：第{number}项（{item.Id}）失分，{ScopeZh(_scope)}计0分。");
        context.Adjust(_scope, targetId, -current, reason, isVeto: true);
    }

    private static string ScopeZh(AdjustmentScope scope) => scope switch
    {
        AdjustmentScope.Stage => "该阶段",
        AdjustmentScope.Task => "该工作任务",
        _ => "总分",
    };
}
