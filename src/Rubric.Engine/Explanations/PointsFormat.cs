using System.Globalization;

namespace Rubric.Engine;

/// <summary>Formats points the same way everywhere: invariant culture, no trailing zeros.</summary>
public static class PointsFormat
{
    /// <summary>As many optional digits as a decimal's largest scale, so no digit is ever rounded away.</summary>
    private const string AllDigitsNoTrailingZeros = "0.############################";

    /// <summary>Formats <paramref name="value"/> as invariant text without trailing zeros (<c>0.6</c>, <c>2</c>; <c>0</c> for negative zero).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value) => value.ToString(AllDigitsNoTrailingZeros, CultureInfo.InvariantCulture);
}
