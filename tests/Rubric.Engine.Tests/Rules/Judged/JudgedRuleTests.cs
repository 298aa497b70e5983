namespace Rubric.Engine.Tests.Rules.Judged;

public class JudgedRuleTests
{
    [Fact]
    public void Constructor_StepNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JudgedRule(0m));

    [Fact]
    public void Validate_StepNotDividingPoints_ItemRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Item("i", 16, "x", 2m, new JudgedRule(0.3m)));
        Assert.Contains("0.3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StepAbovePoints_ItemRejected() =>
        Assert.ThrowsAny<ArgumentException>(() => new Item("i", 16, "x", 2m, new JudgedRule(4m)));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.25)]
    [InlineData(1)]
    [InlineData(2)]
    public void Validate_StepDividingPoints_ItemAccepted(double step) =>
        Assert.Equal((decimal)step, ((JudgedRule)new Item("i", 16, "x", 2m, new JudgedRule((decimal)step)).Rule).Step);

    [Fact]
    public void Kind_Always_IsJudged() => Assert.Equal("judged", new JudgedRule().Kind);
}
