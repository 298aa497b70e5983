using System.Globalization;
using Rubric.Engine;

namespace Rubric.Cli.Sheets;

/// <summary>
/// Reads one score cell of a filled sheet as the observation the item's rule needs:
/// flat 是/否, yes/no, y/n, true/false, 1/0; anyOf 是/yes/all, or the ids (or texts) of the
/// conditions not met separated by commas, 、 or spaces; perUnit the count missing;
/// shortfall the count achieved; perUnit and shortfall also 没做/none for none done;
/// tiered a level id or text; judged the points awarded.
/// </summary>
internal static class ObservationCells
{
    public static readonly string[] Yes = ["是", "yes", "y", "true", "1", "√", "✓", "全部", "all"];
    public static readonly string[] No = ["否", "no", "n", "false", "0", "×", "✗"];
    public static readonly string[] NoneDone = ["没做", "未做", "无", "none", "nonedone", "none done"];
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\t'];

    public static bool TryParse(Item item, string cell, out Observation? observation, out string error)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(cell);
        observation = null;
        error = string.Empty;
        var text = cell.Trim();
        switch (item.Rule)
        {
            case FlatRule:
                if (Is(text, Yes) || Is(text, No))
                {
                    observation = Observation.Met(item.Id, Is(text, Yes));
                    return true;
                }

                error = $"'{text}' is not a yes/no; write 是 or 否 (yes/no, 1/0).";
                return false;
            case AnyOfRule rule:
                return TryAnyOf(item, rule, text, out observation, out error);
            case PerUnitRule:
                return TryCount(item, text, ObservationKeys.Missing, "the count missing", out observation, out error);
            case ShortfallRule:
                return TryCount(item, text, ObservationKeys.Achieved, "the count achieved", out observation, out error);
            case TieredRule rule:
                var level = rule.Levels.FirstOrDefault(l => string.Equals(l.Id, text, StringComparison.OrdinalIgnoreCase) || string.Equals(l.Text, text, StringComparison.Ordinal));
                if (level is not null)
                {
                    observation = Observation.Level(item.Id, level.Id);
                    return true;
                }

                error = $"'{text}' is not a level of this item; write one of {string.Join(", ", rule.Levels.Select(static l => l.Id))}.";
                return false;
            case JudgedRule:
                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var awarded))
                {
                    observation = Observation.Awarded(item.Id, awarded);
                    return true;
                }

                error = $"'{text}' is not a number; write the points awarded, 0 to {PointsFormat.Format(item.Points)}.";
                return false;
            default:
                error = $"the rule kind '{item.Rule.Kind}' cannot be imported from a sheet.";
                return false;
        }
    }

    private static bool TryAnyOf(Item item, AnyOfRule rule, string text, out Observation? observation, out string error)
    {
        observation = null;
        error = string.Empty;
        if (Is(text, Yes))
        {
            observation = Observation.Conditions(item.Id, [.. rule.Conditions.Select(static c => (c.Id, true))]);
            return true;
        }

        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var condition = rule.Conditions.FirstOrDefault(c => string.Equals(c.Id, token, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Text, token, StringComparison.Ordinal));
            if (condition is null)
            {
                error = $"'{token}' is not a condition of this item; write 是 (all met) or the conditions not met: {string.Join(", ", rule.Conditions.Select(static c => c.Id))}.";
                return false;
            }

            failed.Add(condition.Id);
        }

        if (failed.Count == 0)
        {
            error = $"write 是 (all met) or the conditions not met: {string.Join(", ", rule.Conditions.Select(static c => c.Id))}.";
            return false;
        }

        observation = Observation.Conditions(item.Id, [.. rule.Conditions.Select(c => (c.Id, !failed.Contains(c.Id)))]);
        return true;
    }

    private static bool TryCount(Item item, string text, string key, string what, out Observation? observation, out string error)
    {
        observation = null;
        error = string.Empty;
        if (Is(text, NoneDone))
        {
            observation = Observation.NoneDone(item.Id);
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= 0m && number == decimal.Truncate(number) && number <= int.MaxValue && (count = (int)number) >= 0))
        {
            observation = Observation.Of(item.Id, (key, count));
            return true;
        }

        error = $"'{text}' is not a whole number; write {what} (0 or more), or 没做 (none done).";
        return false;
    }

    private static bool Is(string text, string[] words) => words.Any(w => string.Equals(w, text, StringComparison.OrdinalIgnoreCase));

    /// <summary>An observation as it is written in an observation cell, the way <see cref="TryParse"/> reads it back.</summary>
    public static string Format(Item item, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.TryGetValue(ObservationKeys.NoneDone, out var noneDone) && noneDone.TryGetBoolean(out var none) && none)
        {
            return NoneDone[0];
        }

        return item.Rule switch
        {
            AnyOfRule rule => rule.Conditions.Where(c => !Flag(observation, c.Id)).Select(static c => c.Id).ToList() is { Count: > 0 } failed ? string.Join("、", failed) : Yes[0],
            FlatRule => Flag(observation, ObservationKeys.Met) ? Yes[0] : No[0],
            PerUnitRule => Value(observation, ObservationKeys.Missing),
            ShortfallRule => Value(observation, ObservationKeys.Achieved),
            TieredRule => Value(observation, ObservationKeys.Level),
            JudgedRule => Value(observation, ObservationKeys.Awarded),
            _ => throw new ArgumentException($"The rule kind '{item.Rule.Kind}' has no observation cell.", nameof(item)),
        };
    }

    private static string Value(Observation observation, string key) =>
        observation.TryGetValue(key, out var value) ? value.TryGetString(out var text) ? text : value.ToString() : string.Empty;

    private static bool Flag(Observation observation, string key) => observation.TryGetValue(key, out var value) && value.TryGetBoolean(out var flag) && flag;
}
