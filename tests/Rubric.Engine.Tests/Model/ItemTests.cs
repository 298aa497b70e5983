namespace Rubric.Engine.Tests.Model;

public class ItemTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_PointsNotPositive_Throws(int points) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Item("i", 1, "x", points, new FlatRule()));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankId_Throws(string? id) =>
        Assert.ThrowsAny<ArgumentException>(() => new Item(id!, 1, "x", 1m, new FlatRule()));

    [Fact]
    public void Constructor_NegativeNumber_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Item("i", -1, "x", 1m, new FlatRule()));

    [Fact]
    public void Constructor_NullRule_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new Item("i", 1, "x", 1m, null!));

    [Fact]
    public void Constructor_NullEvidenceEntry_Throws() =>
        Assert.Throws<ArgumentException>(() => new Item("i", 1, "x", 1m, new FlatRule(), evidence: ["查看记录", null!]));

    [Fact]
    public void Constructor_Valid_KeepsEvidenceAndMethods()
    {
        var item = new Item("t1.6", 6, "三进三同三解决", 1m, new FlatRule(), EvidenceMethods.Check | EvidenceMethods.Ask, ["查看记录"]);
        Assert.Equal(["查看记录"], item.Evidence);
        Assert.True(item.Methods.HasFlag(EvidenceMethods.Ask));
        Assert.Equal("t1.6 (1)", item.ToString());
    }
}
