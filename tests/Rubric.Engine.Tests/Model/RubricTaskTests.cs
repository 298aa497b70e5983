namespace Rubric.Engine.Tests.Model;

public class RubricTaskTests
{
    private static Stage StageOf(string id, decimal points) => new(id, id, points, [new Item(id + ".1", 1, "x", points, new FlatRule())]);

    [Fact]
    public void Constructor_DuplicateStageIds_Throws() =>
        Assert.Throws<ArgumentException>(() => new RubricTask("t", 1, "T", 2m, [StageOf("s", 1m), new Stage("s", "again", 1m, [])]));

    [Fact]
    public void Constructor_NullStage_Throws() =>
        Assert.Throws<ArgumentException>(() => new RubricTask("t", 1, "T", 2m, [null!]));

    [Fact]
    public void Constructor_PointsNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RubricTask("t", 1, "T", -2m, [StageOf("s", 1m)]));

    [Fact]
    public void StagePoints_TwoStages_SumsThem() =>
        Assert.Equal(3m, new RubricTask("t", 1, "T", 25m, [StageOf("a", 1m), StageOf("b", 2m)]).StagePoints);
}
