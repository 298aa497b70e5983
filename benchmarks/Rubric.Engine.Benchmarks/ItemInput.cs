namespace Rubric.Engine.Benchmarks;

/// <summary>RulesEngine's input for one item: every value any rule kind reads, as plain typed properties.</summary>
public sealed class ItemInput
{
    public bool Met { get; init; }

    public bool NoneDone { get; init; }

    public decimal Missing { get; init; }

    public decimal Achieved { get; init; }

    public decimal Awarded { get; init; }

    public string Level { get; init; } = string.Empty;

    public bool Slogan { get; init; }

    public bool Noticeboard { get; init; }
}
