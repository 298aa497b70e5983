using CsCheck;

namespace Rubric.Engine.Tests.Scoring;

/// <summary>
/// The compile-time score tables against the inline rules they stand in for: the same decimal,
/// bit for bit (scale included), whenever a table answers, and no answer whenever the inline rule
/// would ask the evaluator.
/// </summary>
public class ItemScoreTableTests
{
    // Scales vary on purpose: 2 and 2.0 are equal but print differently, and a table must keep the scale.
    private static readonly decimal[] Points = [0.5m, 1m, 1.0m, 1.5m, 2m, 2.00m, 3m, 5m, 100m];

    private static readonly decimal[] Fractions = [0.1m, 0.2m, 0.25m, 0.5m, 0.50m, 1m, 0.3m, 0.001m];

    [Fact]
    public void TryScore_RandomItemsAndObservations_SameBitsAsTheInlineRule()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var item = RandomItem(random);
            var kind = item.Rule switch
            {
                FlatRule => BuiltInKind.Flat,
                AnyOfRule => BuiltInKind.AnyOf,
                PerUnitRule => BuiltInKind.PerUnit,
                ShortfallRule => BuiltInKind.Shortfall,
                TieredRule => BuiltInKind.Tiered,
                _ => BuiltInKind.Judged,
            };
            var table = ItemScoreTable.For(item, kind)!;
            for (var n = 0; n < 40; n++)
            {
                var observation = RandomObservation(random, item);
                var verdict = InlineRules.Apply(kind, item, observation, out var outcome);

                if (table.TryScore(observation, out var score, out var packed))
                {
                    Assert.NotEqual(InlineRules.Verdict.Evaluate, verdict);
                    var expected = verdict == InlineRules.Verdict.NoLoss ? item.Points : item.Points - outcome.Loss;
                    Assert.Equal(decimal.GetBits(expected), decimal.GetBits(score));
                    Assert.Equal(PointsSum.Pack(score), packed);
                }
            }
        }, iter: 500);
    }

    [Fact]
    public void TryScore_ValidObservationOfEachKind_Answered()
    {
        (Item Item, BuiltInKind Kind, Observation Observation)[] cases =
        [
            (new Item("i", 1, "Item", 1m, new FlatRule()), BuiltInKind.Flat, Observation.Met("i", false)),
            (new Item("i", 1, "Item", 1m, new AnyOfRule([new RuleCondition("a", "A"), new RuleCondition("b", "B")])), BuiltInKind.AnyOf, Observation.Conditions("i", ("a", true), ("b", false))),
            (new Item("i", 1, "Item", 2m, new PerUnitRule(0.5m)), BuiltInKind.PerUnit, Observation.Missing("i", 3)),
            (new Item("i", 1, "Item", 2m, new PerUnitRule(0.5m)), BuiltInKind.PerUnit, Observation.NoneDone("i")),
            (new Item("i", 1, "Item", 2m, new ShortfallRule(20, 0.4m)), BuiltInKind.Shortfall, Observation.Achieved("i", 13)),
            (new Item("i", 1, "Item", 1m, new TieredRule([new RuleLevel("onTime", "On time", 0m), new RuleLevel("late", "Late", 0.5m)])), BuiltInKind.Tiered, Observation.Level("i", "late")),
            (new Item("i", 1, "Item", 2m, new JudgedRule(0.5m)), BuiltInKind.Judged, Observation.Awarded("i", 1.5m)),
        ];

        Assert.All(cases, c => Assert.True(ItemScoreTable.For(c.Item, c.Kind)!.TryScore(c.Observation, out _, out _), c.Item.Rule.Kind));
    }

    [Fact]
    public void TryScore_PerUnitCountsPastTheCap_AnsweredWithTheCappedScore()
    {
        var item = new Item("i", 1, "Item", 2m, new PerUnitRule(0.2m));
        var table = ItemScoreTable.For(item, BuiltInKind.PerUnit)!;

        Assert.True(table.TryScore(Observation.Missing("i", 9), out var nine, out _));
        Assert.True(table.TryScore(Observation.Missing("i", 1_000_000), out var many, out _));

        Assert.Equal("0.2", nine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", many.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryScore_PerUnitLossStillGrowingPastTheTable_LeftToTheInlineRule()
    {
        var item = new Item("i", 1, "Item", 100m, new PerUnitRule(0.5m));
        var table = ItemScoreTable.For(item, BuiltInKind.PerUnit)!;

        Assert.True(table.TryScore(Observation.Missing("i", ItemScoreTable.MaxCounts - 1), out _, out _));
        Assert.False(table.TryScore(Observation.Missing("i", ItemScoreTable.MaxCounts), out _, out _));
    }

    [Fact]
    public void TryScore_JudgedAwardedWithTrailingZeros_KeepsTheScale()
    {
        var item = new Item("i", 1, "Item", 2m, new JudgedRule(0.5m));
        var table = ItemScoreTable.For(item, BuiltInKind.Judged)!;

        Assert.True(table.TryScore(Observation.Awarded("i", 1.00m), out var score, out _));

        Assert.Equal("1.00", score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.25")]
    [InlineData("2.5")]
    [InlineData("-1")]
    public void TryScore_JudgedValueTheRuleRejects_LeftToTheEvaluator(string awarded)
    {
        var item = new Item("i", 1, "Item", 2m, new JudgedRule(0.5m));
        var table = ItemScoreTable.For(item, BuiltInKind.Judged)!;

        Assert.False(table.TryScore(Observation.Awarded("i", decimal.Parse(awarded, System.Globalization.CultureInfo.InvariantCulture)), out _, out _));
    }

    [Fact]
    public void TryScore_JudgedNegativeZero_LeftToTheEvaluator()
    {
        var item = new Item("i", 1, "Item", 2m, new JudgedRule(0.5m));
        var table = ItemScoreTable.For(item, BuiltInKind.Judged)!;
        var negativeZero = -0.0m;

        Assert.True(decimal.IsNegative(negativeZero));
        Assert.False(table.TryScore(Observation.Awarded("i", negativeZero), out _, out _));
    }

    [Fact]
    public void TryScore_NoneDoneOnARuleThatDoesNotLoseAll_LeftToTheEvaluator()
    {
        var item = new Item("i", 1, "Item", 2m, new ShortfallRule(20, 0.2m, noneDoneLosesAll: false));
        var table = ItemScoreTable.For(item, BuiltInKind.Shortfall)!;

        Assert.False(table.TryScore(Observation.NoneDone("i"), out _, out _));
        Assert.True(table.TryScore(Observation.Achieved("i", 0), out var none, out _));
        Assert.Equal(0m, none);
    }

    [Fact]
    public void For_ItemWithoutAnInlineRule_IsNull() =>
        Assert.Null(ItemScoreTable.For(new Item("i", 1, "Item", 1m, new FlatRule()), BuiltInKind.None));

    private static Item RandomItem(Random random)
    {
        var points = Points[random.Next(Points.Length)];
        decimal Part() => Math.Min(points, Fractions[random.Next(Fractions.Length)] * random.Next(1, 4));
        decimal? Cap() => random.Next(2) == 0 ? null : Part();
        DeductionRule rule = random.Next(6) switch
        {
            0 => new FlatRule(random.Next(2) == 0 ? null : Part()),
            1 => new AnyOfRule(Enumerable.Range(0, random.Next(1, 4)).Select(static c => new RuleCondition("c" + c, "Condition")), random.Next(2) == 0 ? null : Part()),
            2 => new PerUnitRule(Part(), Cap(), random.Next(3) != 0),
            3 => new ShortfallRule(random.Next(1, 90), Part(), Cap(), random.Next(3) != 0),
            4 => new TieredRule([new RuleLevel("ok", "On time", random.Next(2) == 0 ? 0m : 0.0m), new RuleLevel("late", "Late", Part()), new RuleLevel("none", "Missing", points)]),
            _ => new JudgedRule(JudgedStep(random, points)),
        };
        return new Item("i", 1, "Item", points, rule);
    }

    private static decimal? JudgedStep(Random random, decimal points)
    {
        decimal[] steps = [0.5m, 0.50m, 0.25m, 1m, 0.1m];
        var step = steps[random.Next(steps.Length)];
        return random.Next(3) == 0 || step > points || points % step != 0m ? null : step;
    }

    /// <summary>Valid values around every table edge, and values a rule rejects or reads oddly.</summary>
    private static Observation RandomObservation(Random random, Item item)
    {
        int Count() => random.Next(4) switch
        {
            0 => random.Next(0, 4),
            1 => random.Next(0, 130),
            2 => random.Next(ItemScoreTable.MaxCounts - 2, ItemScoreTable.MaxCounts + 2),
            _ => random.Next(0, 100_000),
        };
        decimal Awarded() => random.Next(5) switch
        {
            0 => item.Points,
            1 => -0.0m,
            2 => random.Next(0, 9) * 0.25m,
            3 => random.Next(0, 9) * 0.50m,
            _ => random.Next(0, 5) + (random.Next(2) == 0 ? 0m : 0.0m),
        };
        return random.Next(14) switch
        {
            0 => Observation.Met("i", random.Next(2) == 0),
            1 => Observation.Of("i", (ObservationKeys.Met, "yes")),
            2 => Observation.Conditions("i", [.. Enumerable.Range(0, random.Next(1, 4)).Select(c => ("c" + c, random.Next(3) != 0))]),
            3 => Observation.Of("i", ("c0", true), ("c1", 1)),
            4 => Observation.NoneDone("i"),
            5 => Observation.Of("i", (ObservationKeys.NoneDone, false), (ObservationKeys.Missing, Count())),
            6 => Observation.Missing("i", Count()),
            7 => Observation.Of("i", (ObservationKeys.Missing, random.Next(2) == 0 ? 3.0m : -1m)),
            8 => Observation.Achieved("i", Count()),
            9 => Observation.Of("i", (ObservationKeys.NoneDone, 1), (ObservationKeys.Achieved, Count())),
            10 => Observation.Level("i", random.Next(4) switch { 0 => "ok", 1 => "late", 2 => "none", _ => "unheard-of" }),
            11 => Observation.Awarded("i", Awarded()),
            12 => Observation.Of("i", (ObservationKeys.Awarded, "two")),
            _ => Observation.Of("i", (ObservationKeys.Missing, Count()), ("stray", true)),
        };
    }
}
