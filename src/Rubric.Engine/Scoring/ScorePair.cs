namespace Rubric.Engine;

/// <summary>A score in both columns: self (自查分) and assessor (考核分). A column not filled is <see langword="null"/>.</summary>
/// <param name="Self">The self-assessment score.</param>
/// <param name="Assessor">The assessor score.</param>
public readonly record struct ScorePair(decimal? Self, decimal? Assessor)
{
    /// <summary>Self minus assessor: positive when the unit claimed more than the assessor gave. <see langword="null"/> unless both are filled.</summary>
    public decimal? Gap => Self - Assessor;

    /// <summary>The score that counts: the assessor's when filled, else the self score.</summary>
    public decimal? Final => Assessor ?? Self;

    /// <summary>The score of one column.</summary>
    /// <param name="side">The column.</param>
    /// <returns>The score, or <see langword="null"/> when the column was not filled.</returns>
    public decimal? Get(ScoreSide side) => side == ScoreSide.Self ? Self : Assessor;

    /// <summary>Both columns, culture-invariant, "-" for a column not filled: <c>self 26.8, assessor 23.8</c>.</summary>
    /// <returns>The text.</returns>
    // The compiler's record ToString would format with the current culture (26,8 in de-DE).
    public override string ToString() => "self " + Text(Self) + ", assessor " + Text(Assessor);

    private static string Text(decimal? value) => value is { } v ? PointsFormat.Format(v) : "-";
}
