namespace Rubric.Engine.Tests.Rules.Tiered;

public class RuleLevelTests
{
    [Fact]
    public void Constructor_NegativeLoss_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleLevel("x", "x", -1m));

    [Fact]
    public void Constructor_ZeroLoss_Accepted() =>
        Assert.Equal(0m, new RuleLevel("onTime", "按时", 0m).Loss);

    [Fact]
    public void Constructor_BlankId_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new RuleLevel(" ", "x", 1m));

    [Fact]
    public void Constructor_EnglishText_KeptBesideText()
    {
        var level = new RuleLevel("late", "迟报", 1m, "reported late");
        Assert.Equal(("迟报", "reported late"), (level.Text, level.EnglishText));
        Assert.Null(new RuleLevel("late", "迟报", 1m).EnglishText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    public void Constructor_BlankEnglishText_Throws(string english) =>
        Assert.ThrowsAny<ArgumentException>(() => new RuleLevel("late", "迟报", 1m, english));
}
