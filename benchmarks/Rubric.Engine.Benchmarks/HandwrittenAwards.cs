using Rubric.Engine;

namespace Rubric.Engine.Benchmarks;

/// <summary>
/// The awards baseline: what a developer would type in for the seed's 先进集体 policy instead of
/// using <see cref="AwardCalculator"/>. 25 % of each body's schools, rounded half away from zero,
/// ranked by score (standard competition ranking, ties listed by unit id), and a tie at the
/// cut-off broken by task t1's score, then by fewer items lost, with a group the breakers cannot
/// separate included whole. The policy is typed in, not read from the rubric, so the agreement
/// check is a real cross-check. It explains nothing, skips units it cannot rank without saying
/// why, and reads the tie-breakers' measures only for the tied units.
/// </summary>
public static class HandwrittenAwards
{
    private const decimal Percent = 25m;
    private const string BreakerTask = "t1";

    public static List<BodyAwards> Calculate(Roster roster, IReadOnlyList<ScoringResult> results)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(results);
        var byUnit = new Dictionary<string, Scorecard>(results.Count, StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Succeeded)
            {
                byUnit[result.Assessment.UnitId] = result.Scorecard;
            }
        }

        var lists = new List<BodyAwards>();
        foreach (var body in roster.Bodies)
        {
            Walk(body, byUnit, lists);
        }

        return lists;
    }

    private static void Walk(AssessingBody body, Dictionary<string, Scorecard> byUnit, List<BodyAwards> lists)
    {
        lists.Add(Rank(body, byUnit));
        foreach (var child in body.Bodies)
        {
            Walk(child, byUnit, lists);
        }
    }

    private static BodyAwards Rank(AssessingBody body, Dictionary<string, Scorecard> byUnit)
    {
        var population = 0;
        var candidates = new List<(string Id, Scorecard Card)>(body.Units.Count);
        foreach (var unit in body.Units)
        {
            if (unit.Kind != UnitKind.School)
            {
                continue;
            }

            population++;
            if (byUnit.TryGetValue(unit.Id, out var card))
            {
                candidates.Add((unit.Id, card));
            }
        }

        candidates.Sort(static (x, y) =>
        {
            var byScore = y.Card.Score.CompareTo(x.Card.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(x.Id, y.Id);
        });

        var quota = (int)Math.Min(decimal.Round(population * Percent / 100m, 0, MidpointRounding.AwayFromZero), population);
        var ranking = new AwardedSchool[candidates.Count];
        var awarded = new bool[candidates.Count];
        if (quota >= candidates.Count)
        {
            Array.Fill(awarded, true);
        }
        else if (quota > 0)
        {
            var cutOff = candidates[quota - 1].Card.Score;
            var above = quota - 1;
            while (above > 0 && candidates[above - 1].Card.Score == cutOff)
            {
                above--;
            }

            var end = quota;
            while (end < candidates.Count && candidates[end].Card.Score == cutOff)
            {
                end++;
            }

            Array.Fill(awarded, true, 0, end <= quota ? end : above);
            if (end > quota)
            {
                BreakTie(candidates, above, end, quota - above, awarded);
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var rank = i > 0 && candidates[i].Card.Score == candidates[i - 1].Card.Score ? ranking[i - 1].Rank : i + 1;
            ranking[i] = new AwardedSchool(candidates[i].Id, rank, awarded[i]);
        }

        return new BodyAwards(body.Id, quota, ranking);
    }

    private static void BreakTie(List<(string Id, Scorecard Card)> candidates, int start, int end, int places, bool[] awarded)
    {
        var tied = new (int Index, decimal Task, int Lost)[end - start];
        for (var i = 0; i < tied.Length; i++)
        {
            var card = candidates[start + i].Card;
            tied[i] = (start + i, card.FindTask(BreakerTask)?.Score.Final ?? 0m, ItemsLost(card));
        }

        Array.Sort(tied, (x, y) =>
        {
            var c = y.Task.CompareTo(x.Task);
            if (c == 0)
            {
                c = x.Lost.CompareTo(y.Lost);
            }

            return c != 0 ? c : string.CompareOrdinal(candidates[x.Index].Id, candidates[y.Index].Id);
        });

        // Award group by group of units the breakers cannot separate; the group holding the last place goes in whole.
        for (var k = 0; k < tied.Length && places > 0;)
        {
            var groupEnd = k + 1;
            while (groupEnd < tied.Length && tied[groupEnd].Task == tied[k].Task && tied[groupEnd].Lost == tied[k].Lost)
            {
                groupEnd++;
            }

            for (var j = k; j < groupEnd; j++)
            {
                awarded[tied[j].Index] = true;
            }

            places -= groupEnd - k;
            k = groupEnd;
        }
    }

    private static int ItemsLost(Scorecard card)
    {
        var side = card.FinalSide;
        var lost = 0;
        foreach (var item in card.Items)
        {
            if (item.Score.Get(side) is { } score && score < item.Item.Points)
            {
                lost++;
            }
        }

        return lost;
    }
}
