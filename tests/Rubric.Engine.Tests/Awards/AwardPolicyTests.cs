namespace Rubric.Engine.Tests.Awards;

public class AwardPolicyTests
{
    [Fact]
    public void Constructor_BlankName_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new AwardPolicy("a", " ", UnitKind.School, AwardQuota.OfPercent(25m), QuotaRounding.Nearest, TiePolicy.IncludeAll));

    [Fact]
    public void Constructor_NullQuota_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new AwardPolicy("a", "A", UnitKind.School, null!, QuotaRounding.Nearest, TiePolicy.IncludeAll));

    [Fact]
    public void Constructor_NullTies_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new AwardPolicy("a", "A", UnitKind.School, AwardQuota.OfCount(1), QuotaRounding.Nearest, null!));

    [Fact]
    public void Constructor_NoEligibility_None()
    {
        var policy = new AwardPolicy("advanced-collective", "先进集体", UnitKind.School, AwardQuota.OfPercent(25m), QuotaRounding.Nearest, TiePolicy.IncludeAll);
        Assert.Same(AwardEligibility.None, policy.Eligibility);
        Assert.Equal("advanced-collective (先进集体, 25 %)", policy.ToString());
    }
}
