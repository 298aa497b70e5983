using System.Globalization;
using System.Text;

namespace Rubric.Cli.Reports;

/// <summary>How a bar is drawn: every style differs in pattern, not in colour alone, and the legend names it.</summary>
internal enum BarStyle
{
    Solid,
    Hatched,
    Outline,
}

/// <summary>One bar of a row: its length, its style and the figure written at its end.</summary>
internal sealed record Bar(decimal Value, BarStyle Style, string Text);

/// <summary>One row of a chart: a label and one or more bars; a row without bars is a gap marker ("… 99,970 not shown").</summary>
internal sealed record BarRow(string Label, IReadOnlyList<Bar> Bars);

/// <summary>
/// Horizontal bar charts as inline SVG, drawn by the host: no script, no font or style from the
/// network. Bars are told apart by pattern and by the figure written beside them, so the chart
/// reads the same printed in black and white.
/// </summary>
internal static class SvgChart
{
    private const int Width = 780;
    private const int LabelWidth = 220;
    private const int BarArea = 380;
    private const int BarHeight = 13;
    private const int RowGap = 7;
    private const int Top = 30;

    /// <summary>Draws the chart.</summary>
    /// <param name="id">An id unique in the page (patterns are named after it).</param>
    /// <param name="title">What the chart shows, for screen readers and the tooltip.</param>
    /// <param name="rows">The rows, top to bottom.</param>
    /// <param name="max">The value a full-width bar stands for.</param>
    /// <param name="legend">The styles used and what each means.</param>
    /// <param name="line">A reference line (the award cut-off) and its label, or null.</param>
    public static string Bars(string id, string title, IReadOnlyList<BarRow> rows, decimal max, IReadOnlyList<(BarStyle Style, string Label)> legend, (decimal Value, string Label)? line = null)
    {
        var step = Step(max <= 0m ? 1m : max);
        max = decimal.Ceiling((max <= 0m ? 1m : max) / step) * step;
        var y = Top + (line is null ? 0 : 14);
        var heights = rows.Select(static r => Math.Max(1, r.Bars.Count) * BarHeight + RowGap).ToArray();
        var height = y + heights.Sum() + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{ReportText.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f3a5f\" stroke-width=\"3\"/></pattern></defs>");

        var x = 0;
        foreach (var (style, label) in legend)
        {
            svg.Append(Swatch(id, style, x, 6)).Append(Text(x + 18, 16, label, "start"));
            x += 30 + (Units(label) * 6);
        }

        if (line is { } reference)
        {
            var lx = X(reference.Value, max);
            svg.Append(Text(lx, Top + 8, reference.Label, "middle", "ref"));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{lx}\" y1=\"{Top + 11}\" x2=\"{lx}\" y2=\"{height - 22}\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowHeight = Math.Max(1, row.Bars.Count) * BarHeight;
            svg.Append(Text(LabelWidth - 6, y + (rowHeight / 2) + 4, Shorten(row.Label), "end", row.Bars.Count == 0 ? "gap" : null, row.Label));
            for (var b = 0; b < row.Bars.Count; b++)
            {
                var bar = row.Bars[b];
                var by = y + (b * BarHeight);
                var end = X(bar.Value, max);
                svg.Append(Rect(id, bar.Style, LabelWidth, by + 1, end - LabelWidth, BarHeight - 2));
                svg.Append(Text(end + 4, by + BarHeight - 3, bar.Text, "start"));
            }

            y += heights[r];
        }

        for (var value = 0m; value <= max; value += step)
        {
            var tx = X(value, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{tx}\" y1=\"{y}\" x2=\"{tx}\" y2=\"{y + 4}\" stroke=\"#000\"/>");
            svg.Append(Text(tx, y + 16, ReportText.Points(value), "middle"));
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LabelWidth}\" y1=\"{y}\" x2=\"{LabelWidth + BarArea}\" y2=\"{y}\" stroke=\"#000\"/>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A round step for about five ticks: 1, 2, 2.5 or 5 times a power of ten.</summary>
    private static decimal Step(decimal max)
    {
        var raw = max / 5;
        var magnitude = 1m;
        while (magnitude * 10m <= raw)
        {
            magnitude *= 10m;
        }

        while (magnitude > raw && magnitude > 0.001m)
        {
            magnitude /= 10m;
        }

        foreach (var factor in (ReadOnlySpan<decimal>)[1m, 2m, 2.5m, 5m, 10m])
        {
            if (factor * magnitude >= raw)
            {
                return factor * magnitude;
            }
        }

        return 10m * magnitude;
    }

    private static int X(decimal value, decimal max) => LabelWidth + (int)Math.Round(Math.Clamp(value, 0m, max) / max * BarArea, MidpointRounding.AwayFromZero);

    private static string Rect(string id, BarStyle style, int x, int y, int width, int height)
    {
        var paint = style switch
        {
            BarStyle.Hatched => $"fill=\"url(#{id}-hatch)\" stroke=\"#1f3a5f\"",
            BarStyle.Outline => "fill=\"#fff\" stroke=\"#1f3a5f\" stroke-width=\"1.5\"",
            _ => "fill=\"#1f3a5f\"",
        };
        return string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Math.Max(width, 1)}\" height=\"{height}\" {paint}/>");
    }

    private static string Swatch(string id, BarStyle style, int x, int y) => Rect(id, style, x, y, 14, 12);

    private static string Text(int x, int y, string text, string anchor, string? cssClass = null, string? tooltip = null)
    {
        var css = cssClass is null ? string.Empty : $" class=\"{cssClass}\"";
        var title = tooltip is not null && tooltip != Shorten(tooltip) ? $"<title>{ReportText.Encode(tooltip)}</title>" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\"{css}>{title}{ReportText.Encode(Shorten(text, 60))}</text>");
    }

    /// <summary>Cuts a label to what fits beside the bars; the whole text stays in the tooltip.</summary>
    private static string Shorten(string text, int room = 26)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            width += Units(text[i]);
            if (width > room)
            {
                return text[..i] + "…";
            }
        }

        return text;
    }

    /// <summary>How wide a text is in half-width characters: a Chinese character counts two.</summary>
    private static int Units(string text) => text.Sum(Units);

    private static int Units(char c) => c > '\u2E80' ? 2 : 1;
}
