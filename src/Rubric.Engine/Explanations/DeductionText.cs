using System.Globalization;

namespace Rubric.Engine;

/// <summary>The sentences for the built-in deduction reasons, in English and Chinese.</summary>
public static class DeductionText
{
    /// <summary>Renders the sentence for a deduction made by a built-in rule kind.</summary>
    /// <param name="deduction">The deduction.</param>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public static string Render(Deduction deduction, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(deduction);
        var item = deduction.Item;
        var head = language == ExplanationLanguage.Chinese
            ? string.Create(CultureInfo.InvariantCulture, $"第{item.Number}项（{item.Id}）：")
            : string.Create(CultureInfo.InvariantCulture, $"Item {item.Number} ({item.Id}): ");
        return head + Scored(deduction, language) + (language == ExplanationLanguage.Chinese ? Chinese(deduction) : English(deduction));
    }

    /// <summary>What a deduction from a score typed directly says first: that the score was typed, and whether a record beside it agreed.</summary>
    private static string Scored(Deduction d, ExplanationLanguage language)
    {
        if (d.Observation?.Score is not { } score || d.Reason == DeductionReason.ScoredDirectly)
        {
            return string.Empty;
        }

        return (language, d.Observation.Observed is null) switch
        {
            (ExplanationLanguage.Chinese, true) => $"直接填写得分{F(score)}分，即",
            (ExplanationLanguage.Chinese, false) => $"填写得分{F(score)}分，与考核情况相符：",
            (_, true) => $"scored directly {F(score)}, that is: ",
            _ => $"scored {F(score)}, as the record beside it shows: ",
        };
    }

    private static string F(decimal value) => PointsFormat.Format(value);

    private static string English(Deduction d)
    {
        var amount = F(d.Amount);
        var points = F(d.Item.Points);
        var capped = d.CapApplied ? $", capped at {amount}" : string.Empty;
        return d.Reason switch
        {
            DeductionReason.NotMet => $"requirement not met; lost {amount} of {points}.",
            DeductionReason.ConditionsNotMet => $"not met: {ConditionTexts(d, ", ", english: true)}; lost {amount} of {points} once.",
            DeductionReason.UnitsMissing => $"{F(d.Quantity)} {Unit(d)} missing × {F(Rate(d))} = {F(d.UncappedAmount)}{capped}; lost {amount} of {points}.",
            DeductionReason.NoneDone => $"none done; lost all {points}.",
            DeductionReason.BelowTarget => $"achieved {F(Target(d) - d.Quantity)} of {F(Target(d))} {Unit(d)}, {F(d.Quantity)} short × {F(Rate(d))} = {F(d.UncappedAmount)}{capped}; lost {amount} of {points}.",
            DeductionReason.Level => $"level '{LevelText(d, english: true)}' ({d.Detail}); lost {amount} of {points}.",
            DeductionReason.Judged => $"judged {F(d.Quantity)} of {points}; lost {amount}.",
            DeductionReason.NotObserved => $"no observation, treated as not done; lost all {points}.",
            DeductionReason.ScoredDirectly => $"scored directly {F(d.Quantity)} of {points}, which more than one observation gives; lost {amount}.",
            _ => $"lost {amount} of {points}" + (d.Detail is null ? "." : $" ({d.Detail})."),
        };
    }

    private static string Chinese(Deduction d)
    {
        var amount = F(d.Amount);
        var points = F(d.Item.Points);
        var capped = d.CapApplied ? $"，以{amount}分封顶" : string.Empty;
        return d.Reason switch
        {
            DeductionReason.NotMet => $"未达到要求，扣{amount}分（满分{points}分）。",
            DeductionReason.ConditionsNotMet => $"未做到{ConditionTexts(d, "、", english: false)}，扣{amount}分。",
            DeductionReason.UnitsMissing => $"未完成{F(d.Quantity)}{Unit(d)}，每{Unit(d)}扣{F(Rate(d))}分，计{F(d.UncappedAmount)}分{capped}，扣{amount}分。",
            DeductionReason.NoneDone => $"没做，扣{points}分。",
            DeductionReason.BelowTarget => $"完成{F(Target(d) - d.Quantity)}{Unit(d)}，要求{F(Target(d))}{Unit(d)}，差{F(d.Quantity)}{Unit(d)}，每{Unit(d)}扣{F(Rate(d))}分，计{F(d.UncappedAmount)}分{capped}，扣{amount}分。",
            DeductionReason.Level => $"{LevelText(d, english: false)}，扣{amount}分。",
            DeductionReason.Judged => $"评定得{F(d.Quantity)}分（满分{points}分），扣{amount}分。",
            DeductionReason.NotObserved => $"无考核记录，视为未完成，扣{points}分。",
            DeductionReason.ScoredDirectly => $"直接填写得分{F(d.Quantity)}分（满分{points}分），对应的考核情况不止一种，扣{amount}分。",
            _ => $"扣{amount}分（满分{points}分）" + (d.Detail is null ? "。" : $"（{d.Detail}）。"),
        };
    }

    private static decimal Rate(Deduction d) => d.Item.Rule switch
    {
        PerUnitRule r => r.Rate,
        ShortfallRule r => r.Rate,
        _ => 0m,
    };

    private static decimal Target(Deduction d) => d.Item.Rule is ShortfallRule r ? r.Target : 0m;

    private static string Unit(Deduction d) => d.Item.Rule switch
    {
        PerUnitRule r => r.Unit,
        ShortfallRule r => r.Unit,
        _ => string.Empty,
    };

    /// <summary>English explanations show a level's or condition's English text when the rubric gives one, else the text as written.</summary>
    private static string LevelText(Deduction d, bool english) =>
        d.Item.Rule is TieredRule r && d.Detail is not null && r.FindLevel(d.Detail) is { } level ? (english ? level.EnglishText ?? level.Text : level.Text) : d.Detail ?? string.Empty;

    private static string ConditionTexts(Deduction d, string separator, bool english)
    {
        if (d.Item.Rule is not AnyOfRule rule || d.Detail is null)
        {
            return d.Detail ?? string.Empty;
        }

        var failed = d.Detail.Split(',');
        return string.Join(separator, rule.Conditions.Where(c => failed.Contains(c.Id, StringComparer.Ordinal)).Select(c => english ? c.EnglishText ?? c.Text : c.Text));
    }
}
