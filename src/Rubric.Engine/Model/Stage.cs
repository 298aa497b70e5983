namespace Rubric.Engine;

/// <summary>A stage of a task (准备 preparation, 实施 implementation, 总结 summary) and its items.</summary>
public sealed class Stage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="id">Identifier, unique within the rubric.</param>
    /// <param name="text">The stage name, verbatim.</param>
    /// <param name="points">The points the sheet declares for the stage.</param>
    /// <param name="items">The stage's items, in sheet order.</param>
    /// <exception cref="ArgumentException">An argument is invalid or two items share an id.</exception>
    public Stage(string id, string text, decimal points, IEnumerable<Item> items)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Points = Guard.Positive(points, nameof(points));
        Items = Guard.Items(items, nameof(items));
        Guard.UniqueIds(Items, static i => i.Id, "item", nameof(items));
    }

    /// <summary>Identifier, unique within the rubric.</summary>
    public string Id { get; }

    /// <summary>The stage name, verbatim.</summary>
    public string Text { get; }

    /// <summary>The points the sheet declares for the stage. May differ from <see cref="ItemPoints"/> on an incomplete sheet.</summary>
    public decimal Points { get; }

    /// <summary>The stage's items, in sheet order.</summary>
    public IReadOnlyList<Item> Items { get; }

    /// <summary>The sum of the items' points.</summary>
    public decimal ItemPoints => Items.Sum(static i => i.Points);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
