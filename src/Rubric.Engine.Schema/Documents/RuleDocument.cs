namespace Rubric.Engine.Schema;

/// <summary>The JSON shape of a deduction rule: every kind's parameters, <see cref="Kind"/> saying which apply.</summary>
internal sealed class RuleDocument
{
    public string Kind { get; set; } = string.Empty;

    public decimal? Loss { get; set; }

    public List<ConditionDocument>? Conditions { get; set; }

    public decimal? Rate { get; set; }

    public decimal? Cap { get; set; }

    public bool? NoneDoneLosesAll { get; set; }

    public string? Unit { get; set; }

    public decimal? Target { get; set; }

    public List<LevelDocument>? Levels { get; set; }

    public decimal? Step { get; set; }
}
