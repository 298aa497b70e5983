namespace Rubric.Engine;

/// <summary>How many units an award names: a percentage of the population, or a fixed count.</summary>
public sealed class AwardQuota
{
    private AwardQuota(decimal? percent, int? count)
    {
        Percent = percent;
        Count = count;
    }

    /// <summary>The percentage of the population, in (0, 100]; <see langword="null"/> for a fixed count.</summary>
    public decimal? Percent { get; }

    /// <summary>The fixed count; <see langword="null"/> for a percentage.</summary>
    public int? Count { get; }

    /// <summary>A percentage of the population, such as 25 for 先进集体.</summary>
    /// <param name="percent">The percentage, in (0, 100].</param>
    /// <returns>The quota.</returns>
    public static AwardQuota OfPercent(decimal percent)
    {
        if (percent <= 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage quota lies in (0, 100].");
        }

        return new(percent, null);
    }

    /// <summary>A fixed count.</summary>
    /// <param name="count">The count, zero or more.</param>
    /// <returns>The quota.</returns>
    public static AwardQuota OfCount(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(null, count);
    }

    /// <summary>The unrounded quota for a population: 25 % of 7 is 1.75.</summary>
    /// <param name="population">The population size.</param>
    /// <returns>The raw quota.</returns>
    public decimal Raw(int population)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        return Percent is { } percent ? population * percent / 100m : Count!.Value;
    }

    /// <summary>The quota rounded to a whole count.</summary>
    /// <param name="population">The population size.</param>
    /// <param name="rounding">The rounding.</param>
    /// <returns>The count, never more than the population.</returns>
    public int Rounded(int population, QuotaRounding rounding)
    {
        var raw = Raw(population);
        var rounded = rounding switch
        {
            QuotaRounding.Floor => decimal.Floor(raw),
            QuotaRounding.Ceiling => decimal.Ceiling(raw),
            QuotaRounding.Nearest => decimal.Round(raw, 0, MidpointRounding.AwayFromZero),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding."),
        };
        return (int)Math.Min(rounded, population);
    }

    /// <inheritdoc/>
    public override string ToString() => Percent is { } p ? PointsFormat.Format(p) + " %" : Count!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
