using CsCheck;
using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

// Property-based invariants of scoring: random rubrics of every built-in rule kind, random valid observations.
public partial class ScoringPlanTests
{
    /// <summary>One generated item with a valid observation for each column.</summary>
    public sealed record ItemCase(Item Item, Observation Self, Observation Assessor)
    {
        public ItemCase WithId(string id) => new(
            new Item(id, Item.Number, Item.Text, Item.Points, Item.Rule),
            new Observation(id, Self.Values),
            new Observation(id, Assessor.Values));

        public override string ToString() => $"{Item.Rule.Kind} {Item.Points}: self {Self}, assessor {Assessor}";
    }

    private static readonly Gen<decimal> GenPoints = Gen.Int[1, 8].Select(half => half * 0.5m);

    private static Gen<decimal> GenRate(decimal points) => Gen.Int[1, 12].Select(tenths => Math.Min(tenths * 0.1m, points));

    private static Gen<decimal?> GenCap(decimal points) =>
        Gen.Frequency((3, Gen.Const((decimal?)null)), (1, Gen.Int[1, (int)(points * 2)].Select(half => (decimal?)(half * 0.5m))));

    private static Gen<Observation> GenFlatObservation => Gen.Bool.Select(met => Observation.Met("x", met));

    private static Gen<Observation> GenPerUnitObservation => Gen.Frequency(
        (1, Gen.Const(Observation.NoneDone("x"))),
        (6, Gen.Int[0, 40].Select(missing => Observation.Missing("x", missing))));

    private static Gen<Observation> GenShortfallObservation => Gen.Frequency(
        (1, Gen.Const(Observation.NoneDone("x"))),
        (6, Gen.Int[0, 40].Select(achieved => Observation.Achieved("x", achieved))));

    private static Gen<ItemCase> Case(Gen<Item> item, Func<Item, Gen<Observation>> observation) =>
        from i in item
        from self in observation(i)
        from assessor in observation(i)
        select new ItemCase(i, self, assessor);

    private static readonly Gen<ItemCase> GenFlat = Case(
        from points in GenPoints
        from loss in Gen.Frequency((1, Gen.Const((decimal?)null)), (1, Gen.Int[1, 8].Select(h => (decimal?)Math.Min(h * 0.5m, points))))
        select new Item("x", 1, "flat", points, new FlatRule(loss)),
        _ => GenFlatObservation);

    private static readonly Gen<ItemCase> GenAnyOf = Case(
        from points in GenPoints
        from count in Gen.Int[1, 3]
        select new Item("x", 4, "anyOf", points, new AnyOfRule(Enumerable.Range(0, count).Select(c => new RuleCondition("c" + c, "条件" + c)))),
        item => Gen.Bool.Array[((AnyOfRule)item.Rule).Conditions.Count].Select(met =>
            Observation.Conditions("x", [.. met.Select((m, c) => ("c" + c, m))])));

    private static readonly Gen<ItemCase> GenPerUnit = Case(
        from points in GenPoints
        from rate in GenRate(points)
        from cap in GenCap(points)
        from noneDoneLosesAll in Gen.Bool
        select new Item("x", 9, "perUnit", points, new PerUnitRule(rate, cap, noneDoneLosesAll)),
        item => ((PerUnitRule)item.Rule).NoneDoneLosesAll ? GenPerUnitObservation : Gen.Int[0, 40].Select(m => Observation.Missing("x", m)));

    private static readonly Gen<ItemCase> GenShortfall = Case(
        from points in GenPoints
        from target in Gen.Int[1, 30]
        from rate in GenRate(points)
        from cap in GenCap(points)
        from noneDoneLosesAll in Gen.Bool
        select new Item("x", 13, "shortfall", points, new ShortfallRule(target, rate, cap, noneDoneLosesAll)),
        item => ((ShortfallRule)item.Rule).NoneDoneLosesAll ? GenShortfallObservation : Gen.Int[0, 40].Select(a => Observation.Achieved("x", a)));

    private static readonly Gen<ItemCase> GenTiered = Case(
        from points in GenPoints
        from losses in Gen.Int[0, 16].Array[1, 4]
        select new Item("x", 6, "tiered", points, new TieredRule(losses.Select((l, n) => new RuleLevel("l" + n, "等级" + n, Math.Min(l * 0.5m, points))))),
        item => Gen.Int[0, ((TieredRule)item.Rule).Levels.Count - 1].Select(n => Observation.Level("x", "l" + n)));

    private static readonly Gen<ItemCase> GenJudged = Case(
        from points in GenPoints
        from stepped in Gen.Bool
        select new Item("x", 16, "judged", points, new JudgedRule(stepped ? 0.5m : null)),
        item => Gen.Int[0, (int)(item.Points * 4)].Select(quarters => Observation.Awarded("x", ((JudgedRule)item.Rule).Step is null ? quarters * 0.25m : quarters / 2 * 0.5m)));

    private static readonly Gen<ItemCase> GenAnyItem = Gen.OneOf(GenFlat, GenAnyOf, GenPerUnit, GenShortfall, GenTiered, GenJudged);

    /// <summary>A rubric of 1–4 stages in 1–3 tasks, and an assessment with both columns filled.</summary>
    private static readonly Gen<(RubricDefinition Rubric, Assessment Assessment)> GenScenario =
        from cases in GenAnyItem.Array[1, 14]
        from stageCount in Gen.Int[1, 4]
        from taskCount in Gen.Int[1, 3]
        select Build([.. cases.Select((c, n) => c.WithId("i" + n))], stageCount, taskCount);

    private static (RubricDefinition, Assessment) Build(ItemCase[] cases, int stageCount, int taskCount)
    {
        // Every stage and task gets at least one item: points must be positive.
        stageCount = Math.Min(stageCount, cases.Length);
        taskCount = Math.Min(taskCount, stageCount);
        var stages = Enumerable.Range(0, stageCount)
            .Select(s => cases.Where((_, n) => n % stageCount == s).Select(c => c.Item).ToArray())
            .Select((items, s) => new Stage("s" + s, "阶段", items.Sum(i => i.Points), items))
            .ToArray();
        var builder = RubricDefinition.CreateBuilder("random", "Random");
        for (var t = 0; t < taskCount; t++)
        {
            var taskStages = stages.Where((_, s) => s % taskCount == t).ToArray();
            builder.AddTask(new RubricTask("t" + t, t + 1, "任务", taskStages.Sum(s => s.Points), taskStages));
        }

        var assessment = new Assessment("u", AssessmentRound.Annual, cases.Select(c => c.Self), cases.Select(c => c.Assessor));
        return (builder.Build(), assessment);
    }

    [Fact]
    public void Score_RandomRubric_EveryItemWithinZeroAndPoints() =>
        GenScenario.Sample((rubric, assessment) =>
        {
            var result = ScoringEngine.Default.Score(rubric, assessment);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            foreach (var item in result.Scorecard.Items)
            {
                foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
                {
                    var score = item.Score.Get(side)!.Value;
                    Assert.InRange(score, 0m, item.Item.Points);
                }
            }
        }, iter: 300);

    [Fact]
    public void Score_RandomRubricWithoutSteps_EveryLevelIsTheSumBelow() =>
        GenScenario.Sample((rubric, assessment) =>
        {
            var card = ScoringEngine.Default.Score(rubric, assessment).Scorecard!;
            foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
            {
                foreach (var task in card.Tasks)
                {
                    foreach (var stage in task.Stages)
                    {
                        Assert.Equal(stage.Items.Sum(i => i.Score.Get(side)!.Value), stage.Score.Get(side));
                    }

                    Assert.Equal(task.Stages.Sum(s => s.Score.Get(side)!.Value), task.Score.Get(side));
                }

                Assert.Equal(card.Tasks.Sum(t => t.Score.Get(side)!.Value), card.Total.Get(side));
            }
        }, iter: 300);

    [Fact]
    public void Score_RandomRubric_DeductionIsPointsMinusScore() =>
        GenScenario.Sample((rubric, assessment) =>
        {
            var card = ScoringEngine.Default.Score(rubric, assessment).Scorecard!;
            foreach (var item in card.Items)
            {
                foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
                {
                    var score = item.Score.Get(side)!.Value;
                    var deduction = item.DeductionFor(side);
                    Assert.Equal(item.Item.Points - score, deduction?.Amount ?? 0m);
                    Assert.Equal(score < item.Item.Points, deduction is not null);
                    Assert.True(deduction is null || deduction.UncappedAmount >= deduction.Amount);
                    Assert.False(string.IsNullOrEmpty(deduction?.Explain(ExplanationLanguage.Chinese) ?? "-"));
                }
            }
        }, iter: 300);

    [Fact]
    public void Score_RandomRubric_GapIsSelfMinusAssessorEverywhere() =>
        GenScenario.Sample((rubric, assessment) =>
        {
            var card = ScoringEngine.Default.Score(rubric, assessment).Scorecard!;
            var pairs = card.Items.Select(i => i.Score).Concat(card.Stages.Select(s => s.Score)).Concat(card.Tasks.Select(t => t.Score)).Append(card.Total);
            Assert.All(pairs, p => Assert.Equal(p.Self - p.Assessor, p.Gap));
        }, iter: 300);

    [Fact]
    public void Score_PerUnitMoreMissing_NeverScoresHigher() =>
        (from points in GenPoints
         from rate in GenRate(points)
         from cap in GenCap(points)
         from fewer in Gen.Int[0, 40]
         from extra in Gen.Int[0, 40]
         select (points, rate, cap, fewer, fewer + extra))
        .Sample((points, rate, cap, fewer, more) =>
        {
            var item = new Item("x", 9, "perUnit", points, new PerUnitRule(rate, cap));
            Assert.True(ItemScore(item, Observation.Missing("x", fewer)) >= ItemScore(item, Observation.Missing("x", more)));
            Assert.True(ItemScore(item, Observation.Missing("x", more)) >= ItemScore(item, Observation.NoneDone("x")));
        }, iter: 500);

    [Fact]
    public void Score_ShortfallFewerAchieved_NeverScoresHigher() =>
        (from points in GenPoints
         from target in Gen.Int[1, 30]
         from rate in GenRate(points)
         from cap in GenCap(points)
         from noneDoneLosesAll in Gen.Bool
         from fewer in Gen.Int[0, 40]
         from extra in Gen.Int[0, 40]
         select (new Item("x", 13, "shortfall", points, new ShortfallRule(target, rate, cap, noneDoneLosesAll)), fewer, fewer + extra))
        .Sample((item, fewer, more) =>
            Assert.True(ItemScore(item, Observation.Achieved("x", fewer)) <= ItemScore(item, Observation.Achieved("x", more))),
            iter: 500);

    private static decimal ItemScore(Item item, Observation observation) =>
        TestRubrics.ScoreOne(item, observation).Scorecard!.Total.Assessor!.Value;
}

// A score typed directly (Observation.Scored) against the observation that gives it.
public partial class ScoringPlanTests
{
    private static Scorecard ScoreOrFail(RubricDefinition rubric, Assessment assessment)
    {
        var result = ScoringEngine.Default.Score(rubric, assessment);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Scorecard;
    }

    /// <summary>Each observation of a column replaced by the score it was given, with or without the observation beside it.</summary>
    private static Observation[] Typed(Scorecard card, ScoreSide side, bool keepObserved) =>
        [.. card.Assessment.Column(side)!.Values.Select(o => Observation.Scored(o.ItemId, card.FindItem(o.ItemId)!.Value.Score.Get(side)!.Value, keepObserved ? o : null))];

    private static void AssertSameScores(Scorecard expected, Scorecard actual)
    {
        Assert.Equal(expected.Items.Select(static i => i.Score), actual.Items.Select(static i => i.Score));
        Assert.Equal(expected.Stages.Select(static s => s.Score), actual.Stages.Select(static s => s.Score));
        Assert.Equal(expected.Tasks.Select(static t => t.Score), actual.Tasks.Select(static t => t.Score));
        Assert.Equal(expected.Total, actual.Total);
    }

    [Fact]
    public void Score_RandomRubricScoresTyped_SameScorecardAsObservations() =>
        GenScenario.Sample((rubric, assessment) =>
        {
            var observed = ScoreOrFail(rubric, assessment);
            foreach (var keepObserved in new[] { false, true })
            {
                var typed = new Assessment("u", AssessmentRound.Annual, Typed(observed, ScoreSide.Self, keepObserved), Typed(observed, ScoreSide.Assessor, keepObserved));
                AssertSameScores(observed, ScoreOrFail(rubric, typed));
            }
        });

    [Fact]
    public void Score_RandomRubricScoreTypedUniquely_DeductionOfTheObservationBehindIt() =>
        GenScenario.Sample((rubric, assessment) =>
        {
            var observed = ScoreOrFail(rubric, assessment);
            var typed = ScoreOrFail(rubric, new Assessment("u", AssessmentRound.Annual, null, Typed(observed, ScoreSide.Assessor, keepObserved: false)));
            foreach (var item in typed.Items)
            {
                // Where the typed score names its observation, the deduction is the one that observation makes.
                if (item.AssessorDeduction is { Reason: not DeductionReason.ScoredDirectly } deduction)
                {
                    var fromObservation = observed.FindItem(item.Item.Id)!.Value.AssessorDeduction!;
                    Assert.Equal(fromObservation.Amount, deduction.Amount);
                    Assert.Equal(fromObservation.Reason, deduction.Reason);
                    Assert.Equal(fromObservation.Quantity, deduction.Quantity);
                    Assert.Equal(fromObservation.Detail, deduction.Detail);
                }
            }
        });
}
