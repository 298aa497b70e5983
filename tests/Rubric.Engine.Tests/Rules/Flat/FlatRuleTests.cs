namespace Rubric.Engine.Tests.Rules.Flat;

public class FlatRuleTests
{
    [Fact]
    public void Kind_Always_IsFlat() => Assert.Equal("flat", new FlatRule().Kind);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_LossNotPositive_Throws(int loss) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FlatRule(loss));

    [Fact]
    public void Constructor_NoLoss_LossIsNull() => Assert.Null(new FlatRule().Loss);

    [Fact]
    public void Validate_LossAbovePoints_ItemRejected() =>
        Assert.ThrowsAny<ArgumentException>(() => new Item("i", 1, "x", 1m, new FlatRule(1.5m)));

    [Fact]
    public void Validate_LossEqualToPoints_ItemAccepted() =>
        Assert.Equal(1m, ((FlatRule)new Item("i", 1, "x", 1m, new FlatRule(1m)).Rule).Loss);
}
