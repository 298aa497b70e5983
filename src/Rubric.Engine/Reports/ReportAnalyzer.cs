namespace Rubric.Engine;

/// <summary>
/// Turns scored assessments into an <see cref="AssessmentReport"/>: for every unit the items that
/// cost it most and where it over-claimed, and for every body of a roster (or for all inputs
/// without one) an item analysis, the items ranked by points lost, the spread of the totals, and
/// the awards passed in. Exact decimals; the same inputs give the same report in the same order.
/// Stateless; needs no dependency injection.
/// </summary>
/// <example>
/// <code>
/// var results = assessments.Select(a => ScoringEngine.Default.Score(rubric, a)).ToList();
/// var awards = AwardCalculator.Calculate(rubric, roster, results);
/// var report = ReportAnalyzer.Analyze(rubric, results, roster, awards);
/// foreach (var body in report.Bodies)
/// {
///     Console.WriteLine($"{body.BodyName}: costliest item {body.CostliestItems.FirstOrDefault()?.ItemId}");
/// }
/// </code>
/// </example>
public static class ReportAnalyzer
{
    /// <summary>Analyses scored assessments, body by body.</summary>
    /// <param name="rubric">The rubric every result was scored against.</param>
    /// <param name="results">The scoring results, successes and failures; a failure is listed as <see cref="UnscoredReason.ScoringFailed"/>.</param>
    /// <param name="roster">The bodies and their units; <see langword="null"/> analyses every input as one group.</param>
    /// <param name="awards">
    /// Award reports to show with the bodies they name, such as those of <see cref="AwardCalculator"/>
    /// for the rubric's policies, or of any other source of award policies; <see langword="null"/> for none.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A result was scored against another rubric.</exception>
    public static AssessmentReport Analyze(RubricDefinition rubric, IEnumerable<ScoringResult> results, Roster? roster = null, IEnumerable<AwardReport>? awards = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var list = Guard.Items(results, nameof(results));
        var awardReports = Guard.Items(awards ?? [], nameof(awards));
        if (list.FirstOrDefault(r => r.Scorecard is { } card && !ReferenceEquals(card.Rubric, rubric)) is { } foreign)
        {
            throw new ArgumentException($"The result of '{foreign.Assessment.UnitId}' was scored against rubric '{foreign.Scorecard!.Rubric.Id}', not '{rubric.Id}'.", nameof(results));
        }

        var sheet = new Sheet(rubric);
        if (roster is null)
        {
            var all = list.Select(static r => (r, r.Assessment.UnitName)).ToList();
            return new AssessmentReport(rubric, [Body(sheet, null, all, [], [])]);
        }

        var byUnit = list.ToLookup(static r => r.Assessment.UnitId, StringComparer.Ordinal);

        // A county of 4,000 centres: looking each body up in each report's list would be quadratic.
        var awardsByBody = awardReports.SelectMany(static r => r.Results).ToLookup(static a => a.BodyId, StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var bodies = new List<BodyAnalysis>();
        foreach (var body in roster.AllBodies())
        {
            var members = new List<(ScoringResult, string?)>();
            var unassessed = new List<UnscoredUnit>();
            foreach (var (id, name) in body.Population(rubric.UnitKind))
            {
                listed.Add(id);
                if (!byUnit.Contains(id))
                {
                    unassessed.Add(new UnscoredUnit(id, name, UnscoredReason.NoAssessment, 0));
                }

                members.AddRange(byUnit[id].Select(r => (r, (string?)name)));
            }

            var bodyAwards = awardsByBody[body.Id].ToArray();
            bodies.Add(Body(sheet, body, members, unassessed, bodyAwards));
        }

        var outside = list.Where(r => !listed.Contains(r.Assessment.UnitId)).Select(static r => (r, r.Assessment.UnitName)).ToList();
        if (outside.Count > 0)
        {
            bodies.Add(Body(sheet, null, outside, [], []));
        }

        return new AssessmentReport(rubric, bodies);
    }

    private static BodyAnalysis Body(Sheet sheet, AssessingBody? body, List<(ScoringResult Result, string? Name)> members, List<UnscoredUnit> unscored, AwardResult[] awards)
    {
        var scored = members.Where(static m => m.Result.Succeeded)
            .OrderByDescending(static m => m.Result.Scorecard!.Score)
            .ThenBy(static m => m.Result.Assessment.UnitId, StringComparer.Ordinal)
            .ToArray();
        unscored.AddRange(members.Where(static m => !m.Result.Succeeded)
            .Select(static m => new UnscoredUnit(m.Result.Assessment.UnitId, m.Name, UnscoredReason.ScoringFailed, m.Result.Errors.Count)));

        var items = new ItemTally[sheet.Items.Count];
        var units = new UnitAnalysis[scored.Length];
        var scores = new decimal[scored.Length];
        for (var u = 0; u < scored.Length; u++)
        {
            var card = scored[u].Result.Scorecard!;
            var rank = u > 0 && card.Score == scores[u - 1] ? units[u - 1].Rank : u + 1;
            units[u] = Unit(sheet, card, scored[u].Name, rank, items);
            scores[u] = card.Score;
        }

        var analyses = new ItemAnalysis[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var t = items[i];
            analyses[i] = new ItemAnalysis(sheet.Items[i], sheet.TaskIds[i], t.UnitsLosing, t.TotalLost, t.UnitsLosing == 0 ? null : t.LargestLoss, t.UnitsCompared, t.GapSum, t.UnitsOverClaiming);
        }

        return new BodyAnalysis(body, units, unscored, analyses, ScoreDistribution.Of(scores, sheet.Points), awards);
    }

    /// <summary>One unit's losses and over-claims; adds its figures to the body's item tallies.</summary>
    private static UnitAnalysis Unit(Sheet sheet, Scorecard card, string? name, int rank, ItemTally[] tallies)
    {
        var side = card.FinalSide;
        var losses = new List<(ItemResult Result, decimal Amount, int Index)>();
        var lost = 0m;
        foreach (var result in card.Items)
        {
            var index = sheet.IndexOf(result.Item);
            ref var tally = ref tallies[index];
            var amount = result.Item.Points - (result.Score.Get(side) ?? result.Item.Points);
            if (amount > 0m)
            {
                losses.Add((result, amount, index));
                lost += amount;
                tally.UnitsLosing++;
                tally.TotalLost += amount;
                tally.LargestLoss = Math.Max(tally.LargestLoss, amount);
            }

            if (result.Score.Gap is { } gap)
            {
                tally.UnitsCompared++;
                tally.GapSum += gap;
                tally.UnitsOverClaiming += gap > 0m ? 1 : 0;
            }
        }

        losses.Sort(static (a, b) => a.Amount != b.Amount ? b.Amount.CompareTo(a.Amount) : a.Index.CompareTo(b.Index));
        var ranked = new ItemLoss[losses.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = new ItemLoss(losses[i].Result, side, losses[i].Amount, lost);
        }

        return new UnitAnalysis(card, name, rank, lost, ranked, SelfAssessmentGapAnalysis.OverClaimed(card));
    }

    /// <summary>A body's running figures for one item.</summary>
    private struct ItemTally
    {
        public int UnitsLosing;
        public decimal TotalLost;
        public decimal LargestLoss;
        public int UnitsCompared;
        public decimal GapSum;
        public int UnitsOverClaiming;
    }

    /// <summary>The rubric's items in sheet order, with the task each belongs to.</summary>
    private sealed class Sheet
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public Sheet(RubricDefinition rubric)
        {
            Points = rubric.Points;
            foreach (var task in rubric.Tasks)
            {
                foreach (var item in task.Stages.SelectMany(static s => s.Items))
                {
                    _index[item.Id] = Items.Count;
                    Items.Add(item);
                    TaskIds.Add(task.Id);
                }
            }
        }

        public decimal Points { get; }

        public List<Item> Items { get; } = [];

        public List<string> TaskIds { get; } = [];

        public int IndexOf(Item item) => _index[item.Id];
    }
}
