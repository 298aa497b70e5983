namespace Rubric.Engine;

/// <summary>How a percentage quota such as 25 % of 7 schools (1.75) becomes a whole count.</summary>
public enum QuotaRounding
{
    /// <summary>Round down: 1.75 → 1.</summary>
    Floor,

    /// <summary>Round up: 1.25 → 2.</summary>
    Ceiling,

    /// <summary>Round half away from zero (四舍五入): 2.5 → 3, 2.4 → 2. Never banker's rounding.</summary>
    Nearest,
}
