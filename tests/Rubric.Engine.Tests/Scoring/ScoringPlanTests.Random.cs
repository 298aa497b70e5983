using CsCheck;

namespace Rubric.Engine.Tests.Scoring;

// Random rubrics of every built-in kind and random observations, good and bad, against sums worked out here from the rules.
public partial class ScoringPlanTests
{
    private static readonly decimal[] ItemPoints = [0.5m, 1m, 1.5m, 2m, 3m, 5m];

    [Fact]
    public void Score_RandomRubricsAndValidObservations_MatchesSumsFromTheRules()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var rubric = RandomRubric(random);
            var assessment = RandomAssessment(random, rubric, validOnly: true);

            var result = ScoringEngine.Default.Compile(rubric).Score(assessment);

            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(static e => e.Message)));
            foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
            {
                var column = assessment.Column(side);
                var expectedTotal = column is null ? (decimal?)null : 0m;
                foreach (var task in rubric.Tasks)
                {
                    var expectedTask = column is null ? (decimal?)null : 0m;
                    foreach (var stage in task.Stages)
                    {
                        var expectedStage = column is null ? (decimal?)null : 0m;
                        foreach (var item in stage.Items)
                        {
                            var expectedItem = column is null ? (decimal?)null : ReferenceScore(item, column.GetValueOrDefault(item.Id));
                            var actual = result.Scorecard.FindItem(item.Id)!.Value;
                            Assert.Equal(expectedItem, actual.Score.Get(side));
                            Assert.Equal(expectedItem is { } s && s < item.Points, actual.DeductionFor(side) is not null);
                            Assert.Equal(item.Points - expectedItem, actual.DeductionFor(side)?.Amount ?? (column is null ? null : 0m));
                            expectedStage += expectedItem;
                        }

                        Assert.Equal(expectedStage, result.Scorecard.FindStage(stage.Id)!.Score.Get(side));
                        expectedTask += expectedStage;
                    }

                    Assert.Equal(expectedTask, result.Scorecard.FindTask(task.Id)!.Score.Get(side));
                    expectedTotal += expectedTask;
                }

                Assert.Equal(expectedTotal, result.Scorecard.Total.Get(side));
            }

            Assert.Equal(result.Scorecard.Total.Assessor ?? result.Scorecard.Total.Self, result.Scorecard.Score);
        }, iter: 300);
    }

    [Fact]
    public void Score_ObservationsOutOfSheetOrder_SameScorecardAsInOrder()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var rubric = RandomRubric(random);
            var inOrder = RandomAssessment(random, rubric, validOnly: false);
            var shuffled = new Assessment(inOrder.UnitId, inOrder.Round, Shuffle(random, inOrder, ScoreSide.Self), Shuffle(random, inOrder, ScoreSide.Assessor)) { RubricId = inOrder.RubricId };
            var plan = ScoringEngine.Default.Compile(rubric);

            Assert.Equal(Describe(plan.Score(inOrder)), Describe(plan.Score(shuffled)));
        }, iter: 200);
    }

    [Fact]
    public void Score_UnknownItemAfterAMissingOne_ReportsTheUnknownItemFirst()
    {
        var rubric = RubricDefinition.CreateBuilder("r", "Demo")
            .AddTask("t1", 1, "Task", 2, t => t.AddStage("t1.s", "Stage", 2, s => s
                .AddFlatItem("t1.1", 1, "One", 1)
                .AddFlatItem("t1.2", 2, "Two", 1)))
            .Build();
        var assessment = new Assessment("u", AssessmentRound.Annual, self: null, assessor: [Observation.Met("t1.1", true), Observation.Met("t9.9", true)]);

        var result = ScoringEngine.Default.Compile(rubric).Score(assessment);

        Assert.False(result.Succeeded);
        Assert.Equal([ScoringErrorCode.UnknownItem, ScoringErrorCode.MissingObservation], result.Errors.Select(static e => e.Code));
        Assert.Equal(["t9.9", "t1.2"], result.Errors.Select(static e => e.ItemId));
    }

    [Fact]
    public void Score_UnknownItemsInAShuffledColumn_ReportedInTheColumnsOrder()
    {
        var rubric = RubricDefinition.CreateBuilder("r", "Demo")
            .AddTask("t1", 1, "Task", 2, t => t.AddStage("t1.s", "Stage", 2, s => s
                .AddFlatItem("t1.1", 1, "One", 1)
                .AddFlatItem("t1.2", 2, "Two", 1)))
            .Build();
        var assessment = new Assessment("u", AssessmentRound.Annual, self: null, assessor:
            [Observation.Met("t1.2", true), Observation.Met("zz", true), Observation.Met("t1.1", false), Observation.Met("aa", true)]);

        var result = ScoringEngine.Default.Compile(rubric).Score(assessment);

        Assert.Equal(["zz", "aa"], result.Errors.Select(static e => e.ItemId));
        Assert.All(result.Errors, static e => Assert.Equal(ScoringErrorCode.UnknownItem, e.Code));
    }

    [Fact]
    public void Score_ResultObjects_AreBuiltOnceAndShared()
    {
        var rubric = RandomRubric(new Random(7));
        var assessment = RandomAssessment(new Random(8), rubric, validOnly: true);

        var card = ScoringEngine.Default.Compile(rubric).Score(assessment).Scorecard!;

        var items = card.Items.ToList();
        Assert.Equal(rubric.Items.Select(static i => i.Id), items.Select(static i => i.Item.Id));
        Assert.Equal(items[^1], card.FindItem(rubric.Items[^1].Id));
        Assert.Same(card.Tasks[0].Stages[0], card.FindStage(rubric.Tasks[0].Stages[0].Id));
        Assert.Same(card.Tasks[0], card.FindTask(rubric.Tasks[0].Id));
        Assert.Equal(card.Stages, card.Tasks.SelectMany(static t => t.Stages));
        Assert.Null(card.FindItem("no-such-item"));
        Assert.Null(card.FindStage("no-such-stage"));
        Assert.Null(card.FindTask("no-such-task"));
        foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
        {
            Assert.Equal(items.Select(i => i.DeductionFor(side)).OfType<Deduction>(), card.Deductions(side));
        }
    }

    [Fact]
    public void Score_SameAssessmentTwice_EqualButIndependentScorecards()
    {
        var rubric = RandomRubric(new Random(11));
        var assessment = RandomAssessment(new Random(12), rubric, validOnly: true);
        var plan = ScoringEngine.Default.Compile(rubric);

        var first = plan.Score(assessment);
        var second = plan.Score(assessment);

        Assert.NotSame(first.Scorecard, second.Scorecard);
        Assert.Equal(Describe(first), Describe(second));
    }

    /// <summary>The item's score worked out from its rule, for a valid observation.</summary>
    private static decimal ReferenceScore(Item item, Observation? observation)
    {
        if (observation is null)
        {
            return 0m;
        }

        bool Flag(string key) => observation.TryGetValue(key, out var v) && v.TryGetBoolean(out var b) && b;
        decimal Number(string key) => observation.TryGetValue(key, out var v) && v.TryGetDecimal(out var d) ? d : 0m;
        var points = item.Points;
        switch (item.Rule)
        {
            case FlatRule r:
                return Flag(ObservationKeys.Met) ? points : points - (r.Loss ?? points);
            case AnyOfRule r:
                return r.Conditions.All(c => Flag(c.Id)) ? points : points - (r.Loss ?? points);
            case PerUnitRule r:
                return Flag(ObservationKeys.NoneDone) ? 0m : points - Math.Min(Number(ObservationKeys.Missing) * r.Rate, r.Cap ?? points);
            case ShortfallRule r:
                var achieved = Number(ObservationKeys.Achieved);
                if (Flag(ObservationKeys.NoneDone) || (achieved == 0m && r.NoneDoneLosesAll))
                {
                    return 0m;
                }

                return achieved >= r.Target ? points : points - Math.Min((r.Target - achieved) * r.Rate, r.Cap ?? points);
            case TieredRule r:
                observation.TryGetValue(ObservationKeys.Level, out var level);
                level.TryGetString(out var levelId);
                return points - r.FindLevel(levelId!)!.Loss;
            case JudgedRule:
                return Number(ObservationKeys.Awarded);
            default:
                throw new InvalidOperationException(item.Rule.Kind);
        }
    }

    private static RubricDefinition RandomRubric(Random random)
    {
        var builder = RubricDefinition.CreateBuilder("r" + random.Next(1000), "Random sheet")
            .WithMissingObservations(random.Next(3) == 0 ? MissingObservationPolicy.TreatAsNotDone : MissingObservationPolicy.Error);
        var number = 0;
        for (var t = 0; t < random.Next(1, 4); t++)
        {
            builder.AddTask("t" + t, t + 1, "Task", 10, task =>
            {
                for (var s = 0; s < random.Next(1, 4); s++)
                {
                    task.AddStage($"t{t}.s{s}", "Stage", 10, stage =>
                    {
                        for (var i = 0; i < random.Next(1, 7); i++)
                        {
                            number++;
                            stage.AddItem(RandomItem(random, $"t{t}.s{s}.i{i}", number));
                        }
                    });
                }
            });
        }

        return builder.Build();
    }

    private static Item RandomItem(Random random, string id, int number)
    {
        var points = ItemPoints[random.Next(ItemPoints.Length)];
        decimal Part() => points * random.Next(1, 5) / 4m;
        DeductionRule rule = random.Next(6) switch
        {
            0 => new FlatRule(random.Next(2) == 0 ? null : Part()),
            1 => new AnyOfRule(Enumerable.Range(0, random.Next(1, 4)).Select(static c => new RuleCondition("c" + c, "Condition")), random.Next(2) == 0 ? null : Part()),
            2 => new PerUnitRule(points / random.Next(1, 11), random.Next(2) == 0 ? null : Part(), random.Next(4) != 0),
            3 => new ShortfallRule(random.Next(1, 25), points / random.Next(1, 11), random.Next(2) == 0 ? null : Part(), random.Next(4) != 0),
            4 => new TieredRule([new RuleLevel("ok", "On time", 0m), new RuleLevel("late", "Late", Part()), new RuleLevel("none", "Missing", points)]),
            _ => new JudgedRule(random.Next(2) == 0 ? null : points / 2m),
        };
        return new Item(id, number, "Item", points, rule);
    }

    private static Assessment RandomAssessment(Random random, RubricDefinition rubric, bool validOnly)
    {
        var sides = random.Next(3);
        return new Assessment(
            "unit",
            AssessmentRound.Annual,
            self: sides == 1 ? null : RandomColumn(random, rubric, validOnly),
            assessor: sides == 2 ? null : RandomColumn(random, rubric, validOnly))
        {
            RubricId = !validOnly && random.Next(20) == 0 ? "another" : rubric.Id,
        };
    }

    private static List<Observation> RandomColumn(Random random, RubricDefinition rubric, bool validOnly)
    {
        var column = new List<Observation>();
        foreach (var item in rubric.Items)
        {
            var skip = rubric.MissingObservations == MissingObservationPolicy.TreatAsNotDone || !validOnly ? random.Next(10) == 0 : false;
            if (!skip)
            {
                column.Add(validOnly || random.Next(4) != 0 ? ValidObservation(random, item) : OddObservation(random, item));
            }
        }

        if (!validOnly && random.Next(10) == 0)
        {
            column.Insert(random.Next(column.Count + 1), Observation.Met("not-in-rubric", true));
        }

        return column;
    }

    private static Observation ValidObservation(Random random, Item item) => item.Rule switch
    {
        FlatRule => Observation.Met(item.Id, random.Next(3) != 0),
        AnyOfRule r => Observation.Conditions(item.Id, [.. r.Conditions.Select(c => (c.Id, random.Next(3) != 0))]),
        PerUnitRule r => r.NoneDoneLosesAll && random.Next(6) == 0
            ? Observation.NoneDone(item.Id)
            : random.Next(5) == 0
                ? Observation.Of(item.Id, (ObservationKeys.NoneDone, false), (ObservationKeys.Missing, random.Next(0, 15)))
                : Observation.Missing(item.Id, random.Next(3) == 0 ? 0 : random.Next(1, 15)),
        ShortfallRule r => r.NoneDoneLosesAll && random.Next(6) == 0
            ? Observation.NoneDone(item.Id)
            : Observation.Achieved(item.Id, random.Next(0, r.Target + 5)),
        TieredRule r => Observation.Level(item.Id, r.Levels[random.Next(r.Levels.Count)].Id),
        JudgedRule r => Observation.Awarded(item.Id, r.Step is { } step ? step * random.Next(0, (int)(item.Points / step) + 1) : item.Points * random.Next(0, 5) / 4m),
        _ => throw new InvalidOperationException(item.Rule.Kind),
    };

    /// <summary>An observation the rules may reject or read oddly: wrong types, missing values, extra keys, out-of-range numbers.</summary>
    private static Observation OddObservation(Random random, Item item) => random.Next(12) switch
    {
        0 => Observation.Of(item.Id, (ObservationKeys.Met, "yes")),
        1 => Observation.Of(item.Id, (ObservationKeys.Missing, 2.5m)),
        2 => Observation.Of(item.Id, (ObservationKeys.Missing, -1)),
        3 => Observation.Of(item.Id, (ObservationKeys.NoneDone, true)),
        4 => Observation.Of(item.Id, (ObservationKeys.NoneDone, 1)),
        5 => Observation.Of(item.Id, (ObservationKeys.Achieved, 3.0m)),
        6 => Observation.Of(item.Id, (ObservationKeys.Level, "unheard-of")),
        7 => Observation.Of(item.Id, (ObservationKeys.Awarded, item.Points + 1m)),
        8 => Observation.Of(item.Id, (ObservationKeys.Awarded, 0.25m)),
        9 => Observation.Of(item.Id, ("c0", false), ("stray", true)),
        10 => Observation.Of(item.Id, ("c0", true), ("c1", false), (ObservationKeys.Met, false)),
        _ => Observation.Of(item.Id),
    };

    private static List<Observation>? Shuffle(Random random, Assessment assessment, ScoreSide side) =>
        assessment.Column(side)?.Values.OrderBy(_ => random.Next()).ToList();

    /// <summary>Everything a result says, as text, so that two results can be compared in one assertion.</summary>
    private static string Describe(ScoringResult result)
    {
        if (!result.Succeeded)
        {
            return string.Join("\n", result.Errors.Select(static e => $"{e.Code} {e.Side} {e.ItemId} {e.Key} {e.Message}"));
        }

        var card = result.Scorecard;
        var lines = new List<string> { $"total {card.Total} score {card.Score} final {card.FinalSide} vetoed {card.IsVetoed(ScoreSide.Self)} {card.IsVetoed(ScoreSide.Assessor)}" };
        lines.AddRange(card.Adjustments.Select(static a => $"adjustment {a}"));
        lines.AddRange(card.Tasks.Select(static t => $"task {t.Task.Id} {t.Score}"));
        lines.AddRange(card.Stages.Select(static s => $"stage {s.Stage.Id} {s.Score}"));
        foreach (var item in card.Items)
        {
            lines.Add($"item {item.Item.Id} {item.Score}");
            foreach (var side in new[] { ScoreSide.Self, ScoreSide.Assessor })
            {
                if (item.DeductionFor(side) is { } d)
                {
                    lines.Add($"  {side} {d.Amount} {d.UncappedAmount} {d.CapApplied} {d.Reason} {d.Quantity} {d.Detail} {d.RuleKind} {ReferenceEquals(d.Observation, null)} | {d.Explain()} | {d.Explain(ExplanationLanguage.Chinese)}");
                }
            }
        }

        return string.Join("\n", lines);
    }
}
