namespace Rubric.Engine.Tests.Awards;

public class AwardQuotaTests
{
    [Theory]
    [InlineData(25, 10, "2.5", 2, 3, 3)]
    [InlineData(10, 45, "4.5", 4, 5, 5)]
    [InlineData(10, 25, "2.5", 2, 3, 3)]
    [InlineData(25, 7, "1.75", 1, 2, 2)]
    [InlineData(10, 24, "2.4", 2, 3, 2)]
    [InlineData(10, 4, "0.4", 0, 1, 0)]
    [InlineData(100, 3, "3", 3, 3, 3)]
    public void Rounded_PercentQuota_FollowsEachRoundingMode(int percent, int population, string raw, int floor, int ceiling, int nearest)
    {
        var quota = AwardQuota.OfPercent(percent);

        Assert.Equal(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), quota.Raw(population));
        Assert.Equal(floor, quota.Rounded(population, QuotaRounding.Floor));
        Assert.Equal(ceiling, quota.Rounded(population, QuotaRounding.Ceiling));
        Assert.Equal(nearest, quota.Rounded(population, QuotaRounding.Nearest));
    }

    [Fact]
    public void Rounded_FixedCountAbovePopulation_IsCappedAtPopulation()
    {
        var quota = AwardQuota.OfCount(5);

        Assert.Equal(5m, quota.Raw(3));
        Assert.Equal(3, quota.Rounded(3, QuotaRounding.Floor));
        Assert.Equal(0, quota.Rounded(0, QuotaRounding.Ceiling));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void OfPercent_OutsideZeroToHundred_Throws(double percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfPercent((decimal)percent));
    }

    [Fact]
    public void ToString_PercentAndCount_PrintInvariantly()
    {
        Assert.Equal("33.3 %", AwardQuota.OfPercent(33.3m).ToString());
        Assert.Equal("4", AwardQuota.OfCount(4).ToString());
    }

    [Fact]
    public void Raw_TwentyFivePercentOfSeven_ExactDecimal() =>
        Assert.Equal(1.75m, AwardQuota.OfPercent(25m).Raw(7));

    [Fact]
    public void OfCount_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfCount(-1));

    [Fact]
    public void Raw_NegativePopulation_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfCount(1).Raw(-1));

    [Fact]
    public void Rounded_UnknownRounding_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfPercent(25m).Rounded(10, (QuotaRounding)7));
}
