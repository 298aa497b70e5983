namespace Rubric.Engine.Tests.Model;

public class StageTests
{
    private static Item Flat(string id) => new(id, 1, id, 1m, new FlatRule());

    [Fact]
    public void Constructor_DuplicateItemIds_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Stage("s", "S", 2m, [Flat("a"), Flat("a")]));
        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullItem_Throws() =>
        Assert.Throws<ArgumentException>(() => new Stage("s", "S", 2m, [Flat("a"), null!]));

    [Fact]
    public void Constructor_PointsNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Stage("s", "S", 0m, [Flat("a")]));

    [Fact]
    public void ItemPoints_TwoItems_SumsThem() =>
        Assert.Equal(2m, new Stage("s", "S", 5m, [Flat("a"), Flat("b")]).ItemPoints);
}
