namespace Rubric.Engine;

/// <summary>One award policy applied by one body; the arithmetic behind <see cref="AwardCalculator"/>.</summary>
internal static class BodyCalculation
{
    public static AwardResult Run(AwardPolicy policy, AssessingBody body, IReadOnlyList<(string Id, string Name)> population, Dictionary<string, List<ScoringResult>> byUnit)
    {
        var notes = new List<string>();
        var ineligible = new List<UnrankedUnit>();
        var notRanked = new List<UnrankedUnit>();
        var setAside = new List<UnrankedUnit>();
        var candidates = new List<Candidate>();
        foreach (var (id, name) in population)
        {
            if (Screen(policy, id, name, byUnit, ineligible, notRanked, setAside) is { } card)
            {
                candidates.Add(new Candidate(id, name, card, Measure(policy.Ties.Breakers, card)));
            }
        }

        // Ties in score are shown in unit id order so that every run prints the same list.
        candidates.Sort(static (x, y) =>
        {
            var byScore = y.Card.Score.CompareTo(x.Card.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(x.Id, y.Id);
        });

        var quota = policy.Quota.Rounded(population.Count, policy.Rounding);
        notes.Add(QuotaNote(policy, body, population.Count, quota));
        var awarded = new bool[candidates.Count];
        var tied = new bool[candidates.Count];
        var tiePosition = new int?[candidates.Count];
        decimal? cutOff = null;
        var outcome = TieOutcome.None;
        if (population.Count == 0)
        {
            notes.Add($"{body.Name} ({body.Id}) has no {AwardCalculator.Describe(policy.UnitKind)} to rank; nothing is awarded.");
        }
        else if (quota == 0)
        {
            notes.Add("The quota rounds to 0: nobody is awarded.");
        }
        else if (candidates.Count == 0)
        {
            notes.Add("No unit is eligible and scored: nobody is awarded.");
        }
        else if (quota >= candidates.Count)
        {
            cutOff = candidates[^1].Card.Score;
            Array.Fill(awarded, true);
            if (quota > candidates.Count)
            {
                notes.Add($"Only {AwardCalculator.Count(candidates.Count)} unit(s) are eligible and scored, fewer than the quota of {AwardCalculator.Count(quota)}: all of them are awarded.");
            }
        }
        else
        {
            var score = candidates[quota - 1].Card.Score;
            cutOff = score;
            var above = candidates.Count(c => c.Card.Score > score);
            var atCutOff = candidates.Count(c => c.Card.Score == score);
            if (above + atCutOff <= quota)
            {
                Array.Fill(awarded, true, 0, above + atCutOff);
            }
            else
            {
                Array.Fill(awarded, true, 0, above);
                Array.Fill(tied, true, above, atCutOff);
                outcome = ResolveTie(policy, candidates, above, atCutOff, quota - above, awarded, tiePosition, notes, score);
            }
        }

        if (candidates.Count > 0)
        {
            BreakerTargetNotes(policy, candidates[0].Card, notes);
        }

        var ranking = new RankedUnit[candidates.Count];
        for (var i = 0; i < ranking.Length; i++)
        {
            var c = candidates[i];
            var rank = i > 0 && c.Card.Score == candidates[i - 1].Card.Score ? ranking[i - 1].Rank : i + 1;
            ranking[i] = new RankedUnit(c.Id, c.Name, rank, c.Card.Score, c.Card.Assessment.Round, c.Card.Total, ItemsLost(c.Card), awarded[i], tied[i], tiePosition[i], c.Measures);
        }

        return new AwardResult(policy, body, population.Count, cutOff, outcome, ranking, ineligible, notRanked, setAside, notes);
    }

    /// <summary>Finds the one scorecard that counts for a unit, or records why there is none.</summary>
    private static Scorecard? Screen(AwardPolicy policy, string id, string name, Dictionary<string, List<ScoringResult>> byUnit, List<UnrankedUnit> ineligible, List<UnrankedUnit> notRanked, List<UnrankedUnit> setAside)
    {
        if (!byUnit.TryGetValue(id, out var all))
        {
            notRanked.Add(new UnrankedUnit(id, name, UnrankedReason.NoAssessment, $"No assessment of '{id}' was given, so it cannot be ranked."));
            return null;
        }

        var eligibility = policy.Eligibility;
        var counting = all;
        if (eligibility.RequiredRound is { } required)
        {
            counting = [.. all.Where(r => r.Assessment.Round == required)];
            if (counting.Count == 0)
            {
                var single = all.Count == 1 ? all[0] : null;
                ineligible.Add(new UnrankedUnit(id, name, UnrankedReason.WrongRound, $"'{id}' was assessed in the {Rounds(all)} round only; '{policy.Id}' requires the {required} round.", single?.Scorecard?.Score, single?.Assessment.Round));
                return null;
            }

            foreach (var other in all.Where(r => r.Assessment.Round != required))
            {
                setAside.Add(new UnrankedUnit(id, name, UnrankedReason.OtherRound, $"This {other.Assessment.Round} assessment of '{id}' does not count: '{policy.Id}' requires the {required} round, which '{id}' also has.", other.Scorecard?.Score, other.Assessment.Round));
            }
        }

        if (counting.Count > 1)
        {
            var round = counting.Select(static r => r.Assessment.Round).Distinct().Count() == 1 ? counting[0].Assessment.Round : (AssessmentRound?)null;
            notRanked.Add(new UnrankedUnit(id, name, UnrankedReason.DuplicateAssessment, $"{AwardCalculator.Count(counting.Count)} assessments of '{id}' could count ({Rounds(counting)}); {(eligibility.RequiredRound is { } only ? $"give only one of the {only} round, which '{policy.Id}' requires" : $"give only one, or make '{policy.Id}' require a round")}.", null, round));
            return null;
        }

        var result = counting[0];
        if (!result.Succeeded)
        {
            var codes = result.Errors.Select(static e => e.CodeText).ToArray();
            notRanked.Add(new UnrankedUnit(id, name, UnrankedReason.ScoringFailed, $"The assessment of '{id}' could not be scored: {string.Join("; ", result.Errors.Select(static e => e.CodeText + " " + e.Message))}", null, result.Assessment.Round, codes));
            return null;
        }

        var card = result.Scorecard;
        if (eligibility.ExcludeVetoed && card.IsVetoed(card.FinalSide))
        {
            var veto = card.Adjustments.First(a => a.IsVeto && a.Side == card.FinalSide);
            ineligible.Add(new UnrankedUnit(id, name, UnrankedReason.Vetoed, $"'{id}' is vetoed in the {card.FinalSide} column and '{policy.Id}' excludes vetoed units: {veto.Reason.English}", card.Score, card.Assessment.Round));
            return null;
        }

        if (eligibility.MinimumScore is { } minimum && card.Score < minimum)
        {
            ineligible.Add(new UnrankedUnit(id, name, UnrankedReason.BelowMinimumScore, $"'{id}' scored {PointsFormat.Format(card.Score)}, below the minimum of {PointsFormat.Format(minimum)} for '{policy.Id}'.", card.Score, card.Assessment.Round));
            return null;
        }

        return card;
    }

    private static TieOutcome ResolveTie(AwardPolicy policy, List<Candidate> candidates, int start, int count, int places, bool[] awarded, int?[] tiePosition, List<string> notes, decimal score)
    {
        var tie = $"{AwardCalculator.Count(count)} units are tied at {PointsFormat.Format(score)} for {AwardCalculator.Count(places)} remaining place(s)";
        switch (policy.Ties.Resolution)
        {
            case TieResolution.IncludeAll:
                Array.Fill(awarded, true, start, count);
                notes.Add($"{tie}; the policy includes all tied units, so {AwardCalculator.Count(start + count)} are awarded for a quota of {AwardCalculator.Count(start + places)}.");
                return TieOutcome.AllTiedIncluded;
            case TieResolution.ExcludeAll:
                notes.Add($"{tie}; the policy excludes all tied units, so {AwardCalculator.Count(start)} are awarded for a quota of {AwardCalculator.Count(start + places)}.");
                return TieOutcome.AllTiedExcluded;
        }

        var breakers = policy.Ties.Breakers;
        var order = Enumerable.Range(start, count).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var byMeasures = CompareMeasures(breakers, candidates[x].Measures, candidates[y].Measures);
            return byMeasures != 0 ? byMeasures : string.CompareOrdinal(candidates[x].Id, candidates[y].Id);
        });

        var remaining = places;
        var stillTied = false;
        for (var k = 0; k < order.Length;)
        {
            var end = k + 1;
            while (end < order.Length && CompareMeasures(breakers, candidates[order[k]].Measures, candidates[order[end]].Measures) == 0)
            {
                end++;
            }

            for (var j = k; j < end; j++)
            {
                tiePosition[order[j]] = k + 1;
                if (remaining > 0)
                {
                    awarded[order[j]] = true;
                }
            }

            if (remaining > 0 && end - k > remaining)
            {
                stillTied = true;
            }

            remaining = Math.Max(0, remaining - (end - k));
            k = end;
        }

        var names = string.Join(", ", breakers);
        var awardedCount = awarded.Count(static a => a);
        if (stillTied)
        {
            notes.Add($"{tie}; the tie-breakers ({names}) did not separate the units at the last place, so all of them are included: {AwardCalculator.Count(awardedCount)} are awarded for a quota of {AwardCalculator.Count(start + places)}.");
            return TieOutcome.StillTiedAfterTieBreakers;
        }

        notes.Add($"{tie}; the tie-breakers ({names}) decided them.");
        return TieOutcome.BrokenByTieBreakers;
    }

    /// <summary>Negative when <paramref name="x"/> is the better unit by the first breaker that separates the two.</summary>
    private static int CompareMeasures(IReadOnlyList<TieBreaker> breakers, decimal?[] x, decimal?[] y)
    {
        for (var i = 0; i < breakers.Count; i++)
        {
            int compared;
            if (x[i] is null || y[i] is null)
            {
                // A unit without the measure cannot be preferred on it.
                compared = (x[i] is null).CompareTo(y[i] is null);
            }
            else
            {
                var higherIsBetter = breakers[i].Kind is TieBreakerKind.TaskScore or TieBreakerKind.StageScore;
                compared = higherIsBetter ? y[i]!.Value.CompareTo(x[i]!.Value) : x[i]!.Value.CompareTo(y[i]!.Value);
            }

            if (compared != 0)
            {
                return compared;
            }
        }

        return 0;
    }

    private static decimal?[] Measure(IReadOnlyList<TieBreaker> breakers, Scorecard card)
    {
        var values = new decimal?[breakers.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = breakers[i].Kind switch
            {
                TieBreakerKind.TaskScore => card.FindTask(breakers[i].TargetId!)?.Score.Final,
                TieBreakerKind.StageScore => card.FindStage(breakers[i].TargetId!)?.Score.Final,
                TieBreakerKind.FewerItemsLost => ItemsLost(card),
                TieBreakerKind.SmallerSelfGap => card.Total.Gap is { } gap ? Math.Abs(gap) : null,
                _ => null,
            };
        }

        return values;
    }

    private static int ItemsLost(Scorecard card) => card.ItemsLost(card.FinalSide);

    private static void BreakerTargetNotes(AwardPolicy policy, Scorecard card, List<string> notes)
    {
        foreach (var breaker in policy.Ties.Breakers)
        {
            var missing = breaker.Kind switch
            {
                TieBreakerKind.TaskScore => card.FindTask(breaker.TargetId!) is null,
                TieBreakerKind.StageScore => card.FindStage(breaker.TargetId!) is null,
                _ => false,
            };
            if (missing)
            {
                notes.Add($"The tie-breaker {breaker} names no {(breaker.Kind == TieBreakerKind.TaskScore ? "task" : "stage")} of rubric '{card.Rubric.Id}', so it separates nobody.");
            }
        }
    }

    private static string QuotaNote(AwardPolicy policy, AssessingBody body, int population, int quota)
    {
        var raw = policy.Quota.Raw(population);
        var who = $"{AwardCalculator.Count(population)} {AwardCalculator.Describe(policy.UnitKind)}(s) under {body.Id}";
        if (policy.Quota.Percent is { } percent)
        {
            return $"Quota: {PointsFormat.Format(percent)} % of {who} = {PointsFormat.Format(raw)}, rounded {policy.Rounding} to {AwardCalculator.Count(quota)}.";
        }

        return quota < raw
            ? $"Quota: a fixed {AwardCalculator.Count(policy.Quota.Count!.Value)}, capped at the {who}: {AwardCalculator.Count(quota)}."
            : $"Quota: a fixed {AwardCalculator.Count(quota)} among {who}.";
    }

    private static string Rounds(List<ScoringResult> results) =>
        string.Join(", ", results.Select(static r => r.Assessment.Round.ToString()).Distinct(StringComparer.Ordinal));

    private sealed record Candidate(string Id, string Name, Scorecard Card, decimal?[] Measures);
}
