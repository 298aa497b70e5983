namespace Rubric.Engine.Sheets;

/// <summary>
/// A deduction rule as recognised from a clause, in the rubric format's terms (docs/formats.md):
/// <see cref="Kind"/> says which of the other members apply.
/// </summary>
internal sealed record RuleDraft(string Kind)
{
    public decimal? Loss { get; init; }

    public IReadOnlyList<(string Id, string Text)> Conditions { get; init; } = [];

    public decimal? Rate { get; init; }

    public decimal? Cap { get; init; }

    public bool? NoneDoneLosesAll { get; init; }

    public string? Unit { get; init; }

    public int? Target { get; init; }

    public IReadOnlyList<(string Id, string Text, decimal Loss)> Levels { get; init; } = [];

    public static RuleDraft Judged { get; } = new("judged");
}
