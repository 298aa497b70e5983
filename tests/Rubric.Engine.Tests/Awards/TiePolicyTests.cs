namespace Rubric.Engine.Tests.Awards;

public class TiePolicyTests
{
    [Fact]
    public void Constructor_BreakTiesWithoutBreakers_Throws() =>
        Assert.Throws<ArgumentException>(() => new TiePolicy(TieResolution.BreakTies));

    [Fact]
    public void Constructor_IncludeAllWithBreakers_Throws() =>
        Assert.Throws<ArgumentException>(() => new TiePolicy(TieResolution.IncludeAll, [new TieBreaker(TieBreakerKind.FewerItemsLost)]));

    [Fact]
    public void Constructor_BreakTiesWithBreakers_KeepsOrder()
    {
        var policy = new TiePolicy(TieResolution.BreakTies, [new TieBreaker(TieBreakerKind.TaskScore, "t1"), new TieBreaker(TieBreakerKind.SmallerSelfGap)]);
        Assert.Equal([TieBreakerKind.TaskScore, TieBreakerKind.SmallerSelfGap], policy.Breakers.Select(b => b.Kind));
    }

    [Fact]
    public void Constructor_NullBreaker_Throws() =>
        Assert.Throws<ArgumentException>(() => new TiePolicy(TieResolution.BreakTies, [null!]));

    [Fact]
    public void ExcludeAll_Static_NoBreakers() => Assert.Empty(TiePolicy.ExcludeAll.Breakers);
}
