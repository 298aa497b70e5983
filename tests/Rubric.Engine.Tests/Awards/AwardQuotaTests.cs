namespace Rubric.Engine.Tests.Awards;

public class AwardQuotaTests
{
    [Theory]
    [InlineData(25, 10, QuotaRounding.Floor, 2)]
    [InlineData(25, 10, QuotaRounding.Ceiling, 3)]
    [InlineData(25, 10, QuotaRounding.Nearest, 3)]
    [InlineData(10, 45, QuotaRounding.Nearest, 5)]
    [InlineData(10, 45, QuotaRounding.Floor, 4)]
    [InlineData(10, 35, QuotaRounding.Nearest, 4)]
    [InlineData(25, 7, QuotaRounding.Floor, 1)]
    [InlineData(25, 7, QuotaRounding.Ceiling, 2)]
    [InlineData(25, 7, QuotaRounding.Nearest, 2)]
    [InlineData(25, 0, QuotaRounding.Ceiling, 0)]
    [InlineData(100, 3, QuotaRounding.Nearest, 3)]
    public void Rounded_Percent_RoundsByPolicy(int percent, int population, QuotaRounding rounding, int expected) =>
        Assert.Equal(expected, AwardQuota.OfPercent(percent).Rounded(population, rounding));

    [Fact]
    public void Raw_TwentyFivePercentOfSeven_ExactDecimal() =>
        Assert.Equal(1.75m, AwardQuota.OfPercent(25m).Raw(7));

    [Fact]
    public void Rounded_CountAbovePopulation_CappedAtPopulation() =>
        Assert.Equal(4, AwardQuota.OfCount(10).Rounded(4, QuotaRounding.Floor));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.5)]
    public void OfPercent_OutsideRange_Throws(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfPercent((decimal)percent));

    [Fact]
    public void OfCount_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfCount(-1));

    [Fact]
    public void Raw_NegativePopulation_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfCount(1).Raw(-1));

    [Fact]
    public void Rounded_UnknownRounding_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AwardQuota.OfPercent(25m).Rounded(10, (QuotaRounding)7));

    [Fact]
    public void ToString_Percent_Invariant() => Assert.Equal("12.5 %", AwardQuota.OfPercent(12.50m).ToString());
}
