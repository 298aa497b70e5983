using System.Globalization;
using System.Text;
using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>
/// The spreadsheet formulas of the xlsx template's score cells (自查分, 考核分): each item's score
/// from the observation cell beside it, by the item's rule, and the totals. They reproduce the
/// engine for every observation <see cref="ObservationCells"/> accepts: a blank observation gives a
/// blank score, one the rule cannot take gives #N/A (which the totals then show too), and every
/// result is rounded to the decimals of the rule's numbers, so binary floating point never shows.
/// The property test in Rubric.Cli.Tests recalculates them in LibreOffice against the engine.
/// </summary>
internal static class ScoreFormulas
{
    /// <summary>The formula (without the leading '=') of an item's score cell, or <see langword="null"/> for a rule kind it cannot compute.</summary>
    public static string? Item(Item item, string observed)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = $"TRIM({observed})";
        var points = item.Points;
        var score = item.Rule switch
        {
            FlatRule r => $"IF({Among(text, ObservationCells.Yes)},{N(points)},IF({Among(text, ObservationCells.No)},{N(points - (r.Loss ?? points))},NA()))",
            AnyOfRule r => $"IF({Among(text, ObservationCells.Yes)},{N(points)},{N(points - (r.Loss ?? points))})",
            PerUnitRule r => Count(text, r.NoneDoneLosesAll, Round($"{N(points)}-MIN({Value(text)}*{N(r.Rate)},{N(r.Cap ?? points)})", points, r.Rate, r.Cap)),
            ShortfallRule r => Count(
                text,
                r.NoneDoneLosesAll,
                (r.NoneDoneLosesAll ? $"IF({Value(text)}=0,0," : "(")
                    + Round($"{N(points)}-MIN(MAX({N(r.Target)}-{Value(text)},0)*{N(r.Rate)},{N(r.Cap ?? points)})", points, r.Rate, r.Cap) + ")"),
            TieredRule r => Levels(text, r, points),
            JudgedRule r => $"IF(ISERROR({Value(text)}),NA(),IF(OR({Value(text)}<0,{Value(text)}>{N(points)}"
                + (r.Step is { } step ? $",ABS({Value(text)}/{N(step)}-ROUND({Value(text)}/{N(step)},0))>1E-9" : string.Empty)
                + $"),NA(),{Value(text)}))",
            _ => null,
        };
        return score is null ? null : $"IF({text}=\"\",\"\",{score})";
    }

    /// <summary>The formula of a total: the cells summed, rounded to the decimals of the points below it.</summary>
    public static string Total(IEnumerable<string> cells, int decimals) => $"ROUND(SUM({string.Join(',', cells)}),{decimals})";

    /// <summary>The most decimals any of a rubric's numbers has: every score and total is exact to that many.</summary>
    public static int Decimals(RubricDefinition rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return rubric.Items.Max(static item => item.Rule switch
        {
            PerUnitRule r => Decimals(item.Points, r.Rate, r.Cap),
            ShortfallRule r => Decimals(item.Points, r.Rate, r.Cap),
            FlatRule r => Decimals(item.Points, r.Loss),
            AnyOfRule r => Decimals(item.Points, r.Loss),
            TieredRule r => r.Levels.Max(l => Decimals(item.Points, l.Loss)),
            JudgedRule { Step: { } step } => Decimals(item.Points, step),

            // An award without a step has the decimals an assessor types: as many as a decimal keeps in a spreadsheet.
            JudgedRule => MaxDecimals,
            _ => Decimals(item.Points),
        });
    }

    /// <summary>The most decimals a typed award keeps: a double holds 15 significant digits, scores are below a thousand.</summary>
    private const int MaxDecimals = 9;

    /// <summary>A count kind: none done, a whole number of 0 or more, or #N/A.</summary>
    private static string Count(string text, bool noneDoneLosesAll, string score) =>
        $"IF({Among(text, ObservationCells.NoneDone)},{(noneDoneLosesAll ? "0" : "NA()")},"
        + $"IF(ISERROR({Value(text)}),NA(),IF(OR({Value(text)}<0,{Value(text)}<>INT({Value(text)})),NA(),{score})))";

    private static string Levels(string text, TieredRule rule, decimal points)
    {
        var formula = new StringBuilder();
        foreach (var level in rule.Levels)
        {
            formula.Append(CultureInfo.InvariantCulture, $"IF(OR({text}={Quoted(level.Id)},{text}={Quoted(level.Text)}),{N(points - level.Loss)},");
        }

        return formula.Append("NA()").Append(')', rule.Levels.Count).ToString();
    }

    private static string Round(string expression, params decimal?[] numbers) => $"ROUND({expression},{Decimals(numbers)})";

    private static int Decimals(params decimal?[] numbers) => numbers.Max(static n => n is { } value ? Scale(value) : 0);

    private static int Scale(decimal value)
    {
        var text = PointsFormat.Format(value);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    /// <summary>The observation as a number, whether it was typed as one or as text.</summary>
    private static string Value(string text) => $"VALUE({text})";

    /// <summary>Whether the observation is one of the words, compared as spreadsheets compare text (ignoring case, no wildcards).</summary>
    private static string Among(string text, IEnumerable<string> words) => "OR(" + string.Join(',', words.Select(w => $"{text}={Quoted(w)}")) + ")";

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string N(decimal value) => PointsFormat.Format(value);
}
