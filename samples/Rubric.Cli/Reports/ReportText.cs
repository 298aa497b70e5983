using System.Globalization;
using System.Net;
using Rubric.Engine;

namespace Rubric.Cli.Reports;

/// <summary>Labels and numbers as a report shows them, in the language chosen: culture-invariant, points exact.</summary>
internal sealed class ReportText(ReportLanguage language)
{
    public ReportLanguage Language { get; } = language;

    /// <summary>A label as plain text: "失分 lost", "失分" or "lost".</summary>
    public string Plain(string chinese, string english) => Language switch
    {
        ReportLanguage.Chinese => chinese,
        ReportLanguage.English => english,
        _ => chinese + " " + english,
    };

    /// <summary>A short label: <paramref name="both"/> stands for the pair where room is short (beside a bar).</summary>
    public string Plain(string chinese, string english, string both) => Language switch
    {
        ReportLanguage.Chinese => chinese,
        ReportLanguage.English => english,
        _ => both,
    };

    /// <summary>A label as HTML: the English beside the Chinese is marked up as English, so a reader (or a screen reader) can tell them apart.</summary>
    public string Html(string chinese, string english) => Language switch
    {
        ReportLanguage.Chinese => Encode(chinese),
        ReportLanguage.English => Encode(english),
        _ => Encode(chinese) + " <span class=\"en\" lang=\"en\">" + Encode(english) + "</span>",
    };

    /// <summary>A deduction's sentence in the language chosen; both, one per line, for a bilingual report.</summary>
    public string Html(string? chinese, string? english, string separator) => Language switch
    {
        ReportLanguage.Chinese => Encode(chinese ?? english ?? string.Empty),
        ReportLanguage.English => Encode(english ?? chinese ?? string.Empty),
        _ => Encode(chinese ?? string.Empty) + separator + "<span class=\"en\" lang=\"en\">" + Encode(english ?? string.Empty) + "</span>",
    };

    public string PlainSentence(string? chinese, string? english) => Language switch
    {
        ReportLanguage.Chinese => chinese ?? english ?? string.Empty,
        ReportLanguage.English => english ?? chinese ?? string.Empty,
        _ => (chinese ?? string.Empty) + " / " + (english ?? string.Empty),
    };

    public string DocumentLanguage => Language == ReportLanguage.English ? "en" : "zh-CN";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Points(decimal value) => PointsFormat.Format(value);

    public static string Points(decimal? value) => value is { } v ? PointsFormat.Format(v) : "–";

    /// <summary>A figure that may carry 28 digits (a mean), shown to two decimals, half away from zero.</summary>
    public static string Mean(decimal? value) => value is { } v ? PointsFormat.Format(Math.Round(v, 2, MidpointRounding.AwayFromZero)) : "–";

    /// <summary>A share as a percentage to one decimal, half away from zero: 0.47619… → 47.6 %.</summary>
    public static string Percent(decimal share) => PointsFormat.Format(Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero)) + " %";

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A signed gap: +0.5, −1, 0.</summary>
    public static string Signed(decimal? value) => value switch
    {
        null => "–",
        > 0m => "+" + Mean(value),
        < 0m => "−" + Mean(-value),
        _ => "0",
    };
}
