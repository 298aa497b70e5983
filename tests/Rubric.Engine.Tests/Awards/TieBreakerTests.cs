namespace Rubric.Engine.Tests.Awards;

public class TieBreakerTests
{
    [Theory]
    [InlineData(TieBreakerKind.TaskScore)]
    [InlineData(TieBreakerKind.StageScore)]
    public void Constructor_TargetedKindWithoutTarget_Throws(TieBreakerKind kind) =>
        Assert.Throws<ArgumentException>(() => new TieBreaker(kind));

    [Theory]
    [InlineData(TieBreakerKind.FewerItemsLost)]
    [InlineData(TieBreakerKind.SmallerSelfGap)]
    public void Constructor_UntargetedKindWithTarget_Throws(TieBreakerKind kind) =>
        Assert.Throws<ArgumentException>(() => new TieBreaker(kind, "t1"));

    [Fact]
    public void ToString_Targeted_NamesTarget() => Assert.Equal("StageScore(t1.impl)", new TieBreaker(TieBreakerKind.StageScore, "t1.impl").ToString());
}
