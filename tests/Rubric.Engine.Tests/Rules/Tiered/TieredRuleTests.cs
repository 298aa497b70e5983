namespace Rubric.Engine.Tests.Rules.Tiered;

public class TieredRuleTests
{
    [Fact]
    public void Constructor_NoLevels_Throws() =>
        Assert.Throws<ArgumentException>(() => new TieredRule([]));

    [Fact]
    public void Constructor_DuplicateLevelIds_Throws() =>
        Assert.Throws<ArgumentException>(() => new TieredRule([new RuleLevel("late", "a", 1m), new RuleLevel("late", "b", 2m)]));

    [Fact]
    public void Constructor_NullLevel_Throws() =>
        Assert.Throws<ArgumentException>(() => new TieredRule([null!]));

    [Fact]
    public void Validate_LevelLossAbovePoints_ItemRejected()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Item("i", 6, "x", 2m, new TieredRule([new RuleLevel("late", "逾期", 3m)])));
        Assert.Contains("late", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindLevel_KnownId_ReturnsLevel()
    {
        var rule = new TieredRule([new RuleLevel("onTime", "按时", 0m), new RuleLevel("late", "逾期", 1m)]);
        Assert.Equal(1m, rule.FindLevel("late")!.Loss);
    }

    [Fact]
    public void FindLevel_UnknownOrDifferentCase_ReturnsNull()
    {
        var rule = new TieredRule([new RuleLevel("late", "逾期", 1m)]);
        Assert.Null(rule.FindLevel("Late"));
        Assert.Null(rule.FindLevel("never"));
    }
}
