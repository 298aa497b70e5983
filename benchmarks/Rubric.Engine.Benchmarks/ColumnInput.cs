namespace Rubric.Engine.Benchmarks;

/// <summary>RulesEngine's input for one column: one <see cref="ItemInput"/> per item, in sheet order.</summary>
public sealed class ColumnInput
{
    public ItemInput[] Items { get; init; } = [];
}
