namespace Rubric.Engine.Tests.Rules.PerUnit;

public class PerUnitRuleTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-0.2)]
    public void Constructor_RateNotPositive_Throws(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerUnitRule((decimal)rate));

    [Fact]
    public void Constructor_CapNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerUnitRule(0.2m, cap: 0m));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankUnit_Throws(string unit) =>
        Assert.ThrowsAny<ArgumentException>(() => new PerUnitRule(0.2m, unit: unit));

    [Fact]
    public void Validate_RateAbovePoints_ItemRejected()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Item("i", 9, "x", 2m, new PerUnitRule(2.5m)));
        Assert.Contains("2.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CapAbovePoints_ItemRejected() =>
        Assert.ThrowsAny<ArgumentException>(() => new Item("i", 9, "x", 2m, new PerUnitRule(0.2m, cap: 3m)));

    [Fact]
    public void Constructor_Defaults_PersonTimesAndNoneDoneLosesAll()
    {
        var rule = new PerUnitRule(0.2m);
        Assert.Equal("人次", rule.Unit);
        Assert.True(rule.NoneDoneLosesAll);
        Assert.Null(rule.Cap);
        Assert.Equal("perUnit", rule.Kind);
    }
}
