namespace Rubric.Engine.Tests.Rules.Shortfall;

public class ShortfallRuleTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_TargetNotPositive_Throws(int target) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShortfallRule(target, 0.2m));

    [Fact]
    public void Constructor_RateNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShortfallRule(20, 0m));

    [Fact]
    public void Constructor_CapNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShortfallRule(20, 0.2m, cap: -1m));

    [Fact]
    public void Validate_RateAbovePoints_ItemRejected() =>
        Assert.ThrowsAny<ArgumentException>(() => new Item("i", 13, "x", 1m, new ShortfallRule(20, 1.2m)));

    [Fact]
    public void Validate_CapAbovePoints_ItemRejected() =>
        Assert.ThrowsAny<ArgumentException>(() => new Item("i", 13, "x", 1m, new ShortfallRule(20, 0.2m, cap: 1.5m)));

    [Fact]
    public void Constructor_Valid_KeepsValues()
    {
        var rule = new ShortfallRule(20, 0.4m, cap: 1m, noneDoneLosesAll: false, unit: "人");
        Assert.Equal((20, 0.4m, 1m, false, "人", "shortfall"), (rule.Target, rule.Rate, rule.Cap!.Value, rule.NoneDoneLosesAll, rule.Unit, rule.Kind));
    }
}
