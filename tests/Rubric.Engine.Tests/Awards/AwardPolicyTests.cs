namespace Rubric.Engine.Tests.Awards;

public class AwardPolicyTests
{
    [Fact]
    public void Constructor_WithoutEligibility_UsesNone()
    {
        var policy = new AwardPolicy("p", "先进个人", UnitKind.StaffMember, AwardQuota.OfPercent(10), QuotaRounding.Floor, TiePolicy.ExcludeAll);

        Assert.Same(AwardEligibility.None, policy.Eligibility);
        Assert.Equal((null, false, null), (policy.Eligibility.MinimumScore, policy.Eligibility.ExcludeVetoed, policy.Eligibility.RequiredRound));
    }

    [Fact]
    public void ToString_PercentPolicy_ShowsIdNameAndQuota()
    {
        var policy = new AwardPolicy("advanced-individual", "先进个人", UnitKind.StaffMember, AwardQuota.OfPercent(10), QuotaRounding.Floor, TiePolicy.ExcludeAll);

        Assert.Equal("advanced-individual (先进个人, 10 %)", policy.ToString());
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AwardPolicy("p", " ", UnitKind.School, AwardQuota.OfCount(1), QuotaRounding.Floor, TiePolicy.IncludeAll));
    }

    [Fact]
    public void Constructor_NullQuota_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new AwardPolicy("a", "A", UnitKind.School, null!, QuotaRounding.Nearest, TiePolicy.IncludeAll));

    [Fact]
    public void Constructor_NullTies_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new AwardPolicy("a", "A", UnitKind.School, AwardQuota.OfCount(1), QuotaRounding.Nearest, null!));
}
