namespace Rubric.Engine.Tests.Awards;

public class TiePolicyTests
{
    [Fact]
    public void Constructor_BreakTiesWithoutBreakers_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TiePolicy(TieResolution.BreakTies));
    }

    [Fact]
    public void Constructor_BreakersWithoutBreakTies_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TiePolicy(TieResolution.IncludeAll, [new TieBreaker(TieBreakerKind.FewerItemsLost)]));
    }

    [Fact]
    public void Breakers_BreakTies_KeepTheGivenOrder()
    {
        var policy = new TiePolicy(TieResolution.BreakTies, [new TieBreaker(TieBreakerKind.SmallerSelfGap), new TieBreaker(TieBreakerKind.TaskScore, "t2")]);

        Assert.Equal(["SmallerSelfGap", "TaskScore(t2)"], policy.Breakers.Select(b => b.ToString()));
    }

    [Fact]
    public void IncludeAllAndExcludeAll_HaveNoBreakers()
    {
        Assert.Equal((TieResolution.IncludeAll, 0), (TiePolicy.IncludeAll.Resolution, TiePolicy.IncludeAll.Breakers.Count));
        Assert.Equal((TieResolution.ExcludeAll, 0), (TiePolicy.ExcludeAll.Resolution, TiePolicy.ExcludeAll.Breakers.Count));
    }

    [Fact]
    public void Constructor_NullBreaker_Throws() =>
        Assert.Throws<ArgumentException>(() => new TiePolicy(TieResolution.BreakTies, [null!]));
}
