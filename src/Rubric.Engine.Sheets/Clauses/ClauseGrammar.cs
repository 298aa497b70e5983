using System.Text.RegularExpressions;

namespace Rubric.Engine.Sheets;

/// <summary>
/// Recognises the rule of an item from its deduction clause. A clause is cut into segments (at
/// commas, semicolons, and after each 扣N分 that another deduction follows), each segment is read
/// as one part of speech of the grammar — evidence (查看记录), a loss with its condition
/// (未成立的扣1分), a rate per unit (每人次扣0.2分), a cap (最多扣2分, 扣完为止), a statement of
/// points ((2分)), a bonus or a percentage — and the parts together decide the family:
/// <list type="bullet">
/// <item>one loss: <c>flat</c>, or <c>anyOf</c> when its condition lists alternatives (无A或B均扣1分);</item>
/// <item>several losses of different sizes: <c>tiered</c>, with a level of no loss for the requirement met;</item>
/// <item>a rate per unit, a cap, a loss for none done: <c>perUnit</c>, or <c>shortfall</c> when the item's own words set a target counted in the same unit (20人次以上);</item>
/// <item>only a statement of points, or nothing to deduct: <c>judged</c>.</item>
/// </list>
/// Whatever fits no family, or fits two, is not guessed: the item is judged and the finding says why.
/// </summary>
internal static partial class ClauseGrammar
{
    private const string Num = ChineseNumber.Pattern;
    private const string Units = "人次|课时|学时|人|次|处|节|篇|项|个|份|名|例|天|条|位|户|期|场|所|本|件";

    public static ClauseReading Read(string itemText, decimal points)
    {
        var (body, clause) = ClauseText.Split(ClauseText.Fold(itemText));
        var evidence = new List<string>();
        var (rule, finding) = clause.Length == 0
            ? (RuleDraft.Judged, new ClauseFinding(SheetDiagnosticCodes.UnrecognisedClause, "The item states no deduction rule and no points of its own, such as (2分) for an item the assessor judges; it is written as judged."))
            : Recognise(clause, body, points, evidence);
        return new ClauseReading(rule, evidence, Methods(body, rule, evidence), finding);
    }

    private static (RuleDraft Rule, ClauseFinding? Finding) Recognise(string clause, string body, decimal points, List<string> evidence)
    {
        var losses = new List<(string Condition, decimal Loss)>();
        var rates = new List<(string Unit, decimal Rate)>();
        var caps = new List<decimal>();
        var stated = new List<decimal>();
        var judged = false;
        var pending = string.Empty;
        foreach (var segment in Segments(clause))
        {
            if (Bonus().Match(segment) is { Success: true } bonus)
            {
                return NotADeduction(clause, $"'{bonus.Value}' adds points, and a rule only deducts: an item scores from 0 to its points. Give the bonus its own item, or add it in a scoring step of the host (ScoringEngineBuilder).");
            }

            if (Percent().Match(segment) is { Success: true } percent)
            {
                return NotADeduction(clause, $"'{percent.Value}' is a share, not a number of points; every rule kind deducts points. State the points (扣N分).");
            }

            if (Evidence().Match(segment) is { Success: true } seen)
            {
                evidence.Add(Glossary.Evidence(seen.Groups["what"].Value));
                continue;
            }

            var numbers = PointsAmount().Matches(segment);
            if (Cap().Match(segment) is { Success: true } cap)
            {
                caps.Add(cap.Groups["n"].Success ? Number(cap.Groups["n"].Value) : points);
                continue;
            }

            if (numbers.Count > 1 || Range().IsMatch(segment))
            {
                return Ambiguous(clause, $"'{segment}' holds two amounts: the rate and a cap, or a range the assessor chooses from? Write the cap on its own (最多扣N分) or make the item judged.");
            }

            if (StatedPoints().Match(segment) is { Success: true } statement)
            {
                stated.Add(Number(statement.Groups["n"].Value));
                continue;
            }

            if (Discretion().IsMatch(segment) && numbers.Count == 0)
            {
                judged = true;
                continue;
            }

            var condition = pending + segment;
            pending = string.Empty;
            if (Rate().Match(condition) is { Success: true } rate)
            {
                rates.Add((rate.Groups["unit"].Value, Number(rate.Groups["n"].Value)));
            }
            else if (WholeLoss().Match(condition) is { Success: true } whole)
            {
                losses.Add((whole.Groups["cond"].Value, points));
            }
            else if (Loss().Match(condition) is { Success: true } loss)
            {
                losses.Add((loss.Groups["cond"].Value, Number(loss.Groups["n"].Value)));
            }
            else if (numbers.Count == 0 && !condition.Contains('扣', StringComparison.Ordinal))
            {
                // A condition written before its deduction: 没有记录或记录不全的视为未完成, 扣1分.
                pending = condition;
            }
            else
            {
                return Unrecognised(clause, $"'{condition}' is none of the clause's known parts (a loss 扣N分, a rate 每人次扣N分, a cap 最多扣N分, evidence 查看记录).");
            }
        }

        if (pending.Length > 0)
        {
            return Unrecognised(clause, $"'{pending}' states a condition but no loss (扣N分).");
        }

        if (rates.Count > 0)
        {
            return Counted(clause, body, points, rates, losses, caps);
        }

        if (caps.Count > 0)
        {
            return Unrecognised(clause, "a cap without a rate per unit (每人次扣N分) caps nothing.");
        }

        if (losses.Count == 0)
        {
            if (stated.Count > 1 || (stated.Count == 1 && stated[0] != points))
            {
                return Ambiguous(clause, $"the clause states {string.Join(", ", stated)} points but the 分值 column {points}; which is the item's?");
            }

            return stated.Count == 1 || judged
                ? (RuleDraft.Judged, null)
                : Unrecognised(clause, "it names what is checked but no deduction (扣N分) and no points of its own ((N分)).");
        }

        if (stated.Count > 0 || judged)
        {
            return Ambiguous(clause, "it both deducts and leaves the points to the assessor's judgement.");
        }

        return losses.Count == 1 ? Single(clause, losses[0]) : Tiered(clause, losses);
    }

    /// <summary>A rate per unit: perUnit, or shortfall against a target in the item's own words.</summary>
    private static (RuleDraft, ClauseFinding?) Counted(
        string clause, string body, decimal points, List<(string Unit, decimal Rate)> rates, List<(string Condition, decimal Loss)> losses, List<decimal> caps)
    {
        if (rates.Count > 1)
        {
            return Ambiguous(clause, "it gives more than one rate per unit.");
        }

        if (caps.Count > 1)
        {
            return Ambiguous(clause, $"it gives {caps.Count} caps.");
        }

        var (unit, rate) = rates[0];
        var noneDone = false;
        foreach (var (condition, loss) in losses)
        {
            if (!NoneDone().IsMatch(condition))
            {
                return Ambiguous(clause, $"'{condition}' loses {loss} outright beside a rate of {rate} per {unit}: a flat loss or a rate?");
            }

            if (loss != points)
            {
                return Unrecognised(clause, $"none done loses {loss}, but the item is worth {points}: a rate per unit can only lose the whole item when none was done.");
            }

            noneDone = true;
        }

        var targets = Targets(body).Where(t => t.Unit == unit).Select(static t => t.Count).Distinct().ToList();
        if (targets.Count > 1)
        {
            return Ambiguous(clause, $"the item sets {targets.Count} targets in {unit} ({string.Join(", ", targets)}); which one does the rate count the shortfall against?");
        }

        var cap = caps.Count == 1 ? caps[0] : points;
        var kind = targets.Count == 1 ? "shortfall" : "perUnit";
        return (new RuleDraft(kind) { Rate = rate, Cap = cap, NoneDoneLosesAll = noneDone, Unit = unit, Target = targets.Count == 1 ? targets[0] : null }, null);
    }

    /// <summary>One loss: flat, or any of several alternatives.</summary>
    private static (RuleDraft, ClauseFinding?) Single(string clause, (string Condition, decimal Loss) loss)
    {
        var condition = loss.Condition;
        if (condition.Contains("视为", StringComparison.Ordinal) || Alternatives().Match(condition) is not { Success: true } listed)
        {
            return (new RuleDraft("flat") { Loss = loss.Loss }, null);
        }

        var parts = Separator().Split(listed.Groups["alts"].Value).Where(static p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return (new RuleDraft("flat") { Loss = loss.Loss }, null);
        }

        var either = listed.Groups["alts"].Value.Contains('或', StringComparison.Ordinal) || Quantifier().IsMatch(condition);
        if (!either)
        {
            return Ambiguous(clause, $"'{condition}' lists {string.Join("、", parts)}: is the loss for any one missing (anyOf) or only for all of them (flat)? Write 或 or 均.");
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var conditions = parts.Select((text, i) => (Id: Unique(used, Glossary.Condition(text) ?? "c" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), Text: text)).ToList();
        return (new RuleDraft("anyOf") { Conditions = conditions, Loss = loss.Loss }, null);
    }

    /// <summary>Several losses of different sizes for one requirement: named levels, plus the level of the requirement met.</summary>
    private static (RuleDraft, ClauseFinding?) Tiered(string clause, List<(string Condition, decimal Loss)> losses)
    {
        if (losses.Any(static l => l.Condition.Length == 0))
        {
            return Unrecognised(clause, "it deducts more than once, and not every deduction says when.");
        }

        if (losses.Select(static l => l.Loss).Distinct().Count() < losses.Count)
        {
            return Ambiguous(clause, "it deducts the same amount for different conditions: levels of one requirement (tiered), or separate requirements that each lose (anyOf)?");
        }

        var met = Negation().Replace(losses[0].Condition, string.Empty, 1);
        if (met == losses[0].Condition || met.Length == 0)
        {
            met = "完成";
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var levels = new List<(string, string, decimal)> { (Unique(used, Glossary.Level(met) ?? "met"), met, 0m) };
        for (var i = 0; i < losses.Count; i++)
        {
            var (text, loss) = losses[i];
            levels.Add((Unique(used, Glossary.Level(text) ?? "level" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), text, loss));
        }

        return (new RuleDraft("tiered") { Levels = levels }, null);
    }

    /// <summary>The methods of the plan (听 看 查 问 评) the item's words call for, in the plan's order.</summary>
    private static List<string> Methods(string body, RuleDraft rule, List<string> evidence)
    {
        var methods = new List<string>();
        var look = LookCue().IsMatch(body);
        if (ListenCue().IsMatch(body))
        {
            methods.Add("listen");
        }

        if (look)
        {
            methods.Add("look");
        }

        if (evidence.Count > 0 || (rule.Kind != "judged" && !look))
        {
            methods.Add("check");
        }

        if (AskCue().IsMatch(body))
        {
            methods.Add("ask");
        }

        if (rule.Kind == "judged")
        {
            methods.Add("score");
        }

        return methods;
    }

    /// <summary>Counts the item's words require: 至少…20人次以上, 不少于2次.</summary>
    internal static IEnumerable<(int Count, string Unit)> Targets(string body)
    {
        foreach (Match match in Target().Matches(body))
        {
            if (ChineseNumber.TryParse(match.Groups["n"].Value, out var count) && count >= 1 && count == decimal.Truncate(count))
            {
                yield return ((int)count, match.Groups["unit"].Value);
            }
        }
    }

    private static IEnumerable<string> Segments(string clause)
    {
        foreach (var part in clause.Split([',', ';', '。', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            // 没有按时上报的扣1分未交的扣2分: a deduction followed by another is two segments.
            var rest = part;
            while (DeductionThenMore().Match(rest) is { Success: true } cut)
            {
                yield return rest[..cut.Length];
                rest = rest[cut.Length..];
            }

            yield return rest;
        }
    }

    private static decimal Number(string text) => ChineseNumber.TryParse(text, out var value) ? value : throw new InvalidOperationException("The grammar matched a number it cannot read: " + text);

    private static string Unique(HashSet<string> used, string id)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = id + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static (RuleDraft, ClauseFinding?) Unrecognised(string clause, string why) =>
        (RuleDraft.Judged, new ClauseFinding(SheetDiagnosticCodes.UnrecognisedClause, $"The clause '{clause}' was not recognised: {why} The item is written as judged; review it."));

    private static (RuleDraft, ClauseFinding?) Ambiguous(string clause, string why) =>
        (RuleDraft.Judged, new ClauseFinding(SheetDiagnosticCodes.AmbiguousClause, $"The clause '{clause}' can be read more than one way: {why} The item is written as judged; review it."));

    private static (RuleDraft, ClauseFinding?) NotADeduction(string clause, string why) =>
        (RuleDraft.Judged, new ClauseFinding(SheetDiagnosticCodes.NotADeduction, $"The clause '{clause}' is not a deduction: {why} The item is written as judged; review it."));

    [GeneratedRegex("^.*?扣" + Num + "分(?=.*扣)", RegexOptions.CultureInvariant)]
    private static partial Regex DeductionThenMore();

    [GeneratedRegex("(?:加|奖励|另加)" + Num + "?分|加分", RegexOptions.CultureInvariant)]
    private static partial Regex Bonus();

    [GeneratedRegex(@"\d+(?:\.\d+)?%|百分之" + Num + "|按比例", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex("^(?:查看|查阅|检查|查)(?<what>[^扣0-9]+)(?<!分)$", RegexOptions.CultureInvariant)]
    private static partial Regex Evidence();

    [GeneratedRegex("(?<![第每])" + Num + "分", RegexOptions.CultureInvariant)]
    private static partial Regex PointsAmount();

    [GeneratedRegex("^(?:本项|该项|此项)?(?:(?:以|按)?(?<n>" + Num + ")分封顶|封顶(?<n>" + Num + ")分|最[多高](?:扣|减)?(?:至|到)?(?<n>" + Num + ")分|扣满(?<n>" + Num + ")分为止|(?:扣分)?不超过(?<n>" + Num + ")分|(?:分|分值)?扣完(?:本项|该项|此项)?(?:分|分值)?为止)$", RegexOptions.CultureInvariant)]
    private static partial Regex Cap();

    [GeneratedRegex(Num + "[-—~～至到]" + Num + "分", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex("^(?:满分|计)?(?<n>" + Num + ")分$", RegexOptions.CultureInvariant)]
    private static partial Regex StatedPoints();

    [GeneratedRegex("酌情|视情况|由考核组|评定", RegexOptions.CultureInvariant)]
    private static partial Regex Discretion();

    [GeneratedRegex("(?:每(?:少|缺|发现)?(?:一|1)?|(?:缺|少|发现)(?:一|1))(?<unit>" + Units + ").*?(?:扣|减)(?<n>" + Num + ")分$", RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    [GeneratedRegex("^(?<cond>.*?)(?:的|者)?,?(?:该项|本项|此项)?(?:不得分|不计分|记0分|得0分|扣除(?:该项|本项|此项)?(?:全部)?分(?:值|数)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeLoss();

    [GeneratedRegex("^(?<cond>.*?)(?:的|者)?,?(?:扣|减)(?:除)?(?<n>" + Num + ")分$", RegexOptions.CultureInvariant)]
    private static partial Regex Loss();

    [GeneratedRegex("^(?:如|若|如果)?(?:没做|没有做|未做|没有开展|未开展|没开展|均未|全部未|都未|都没有|一次都没有|一次也没有|完全未|完全没有|全未)", RegexOptions.CultureInvariant)]
    private static partial Regex NoneDone();

    [GeneratedRegex("^(?:如|若|如果)?(?:无|没有|缺少|缺|未设|未有)(?<alts>.+?)(?:均|都|任一项|任何一项|其中一项|任缺一项|任一|之一)?(?:的|者)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Alternatives();

    [GeneratedRegex("或者|或|、|/", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex("均|都|任一|之一|任何一项|其中一项|任缺一", RegexOptions.CultureInvariant)]
    private static partial Regex Quantifier();

    [GeneratedRegex("^(?:没有|没|未|不|无)", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex("(?:(?:至少|不少于|不低于|达到)(?<n>" + Num + ")(?<unit>" + Units + ")|(?<n>" + Num + ")(?<unit>" + Units + ")(?:以上|及以上))", RegexOptions.CultureInvariant)]
    private static partial Regex Target();

    [GeneratedRegex("汇报", RegexOptions.CultureInvariant)]
    private static partial Regex ListenCue();

    [GeneratedRegex("标语|宣传栏|氛围|阵地|展板|橱窗|横幅|联系点", RegexOptions.CultureInvariant)]
    private static partial Regex LookCue();

    [GeneratedRegex("调查|座谈|满意|问卷", RegexOptions.CultureInvariant)]
    private static partial Regex AskCue();
}
