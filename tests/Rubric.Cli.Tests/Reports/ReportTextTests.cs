using Rubric.Cli.Reports;

namespace Rubric.Cli.Tests.Reports;

public class ReportTextTests
{
    [Theory]
    [InlineData("0.476190476190476190476190476", "47.6 %")]
    [InlineData("0.00125", "0.1 %")]
    [InlineData("1", "100 %")]
    public void Percent_Share_RoundsToOneDecimalHalfAwayFromZero(string share, string expected) =>
        Assert.Equal(expected, ReportText.Percent(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.5", "+0.5")]
    [InlineData("-1", "−1")]
    [InlineData("0", "0")]
    [InlineData("0.125", "+0.13")]
    public void Signed_Gap_ShowsItsSign(string gap, string expected) =>
        Assert.Equal(expected, ReportText.Signed(decimal.Parse(gap, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Html_Both_EncodesBothLabels()
    {
        var text = new ReportText(ReportLanguage.Both);

        Assert.Equal("a&lt;b <span class=\"en\" lang=\"en\">c&amp;d</span>", text.Html("a<b", "c&d"));
    }

    [Fact]
    public void Plain_OneLanguage_GivesThatLanguageOnly()
    {
        Assert.Equal("失分", new ReportText(ReportLanguage.Chinese).Plain("失分", "lost"));
        Assert.Equal("lost", new ReportText(ReportLanguage.English).Plain("失分", "lost"));
        Assert.Equal("失分 lost", new ReportText(ReportLanguage.Both).Plain("失分", "lost"));
    }
}
