namespace Rubric.Engine;

/// <summary>
/// Adds items to a stage under construction. Each rule kind adds its own <c>Add…Item</c>
/// extension; <see cref="AddItem(Item)"/> takes an item with any rule, a custom one included.
/// </summary>
public sealed class StageBuilder
{
    private readonly List<Item> _items = [];

    internal StageBuilder()
    {
    }

    internal IReadOnlyList<Item> Items => _items;

    /// <summary>Adds an item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>This builder.</returns>
    public StageBuilder AddItem(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        return this;
    }
}
