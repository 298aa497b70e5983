using System.Globalization;

namespace Rubric.Engine;

/// <summary>Formats points the same way everywhere: invariant culture, no trailing zeros.</summary>
public static class PointsFormat
{
    /// <summary>Formats <paramref name="value"/> as invariant text without trailing zeros (<c>0.6</c>, <c>2</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
