namespace Rubric.Engine.Tests.Rules.AnyOf;

public class RuleConditionTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankId_Throws(string id) =>
        Assert.ThrowsAny<ArgumentException>(() => new RuleCondition(id, "text"));

    [Fact]
    public void Constructor_IdWithComma_Throws()
    {
        // Deduction.Detail lists failed conditions comma-separated; before this guard the
        // explanation of a failed "a,b" condition silently lost the condition's text.
        var ex = Assert.Throws<ArgumentException>(() => new RuleCondition("a,b", "醒目标语"));
        Assert.Contains("'a,b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullText_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new RuleCondition("a", null!));

    [Fact]
    public void Constructor_Valid_KeepsIdAndText()
    {
        var condition = new RuleCondition("slogan", "醒目标语");
        Assert.Equal(("slogan", "醒目标语", "slogan"), (condition.Id, condition.Text, condition.ToString()));
    }

    [Fact]
    public void Constructor_IdScore_ThrowsAsReservedForTypedScores() =>
        Assert.Throws<ArgumentException>(() => new RuleCondition(ObservationKeys.Score, "得分"));

    [Fact]
    public void Constructor_EnglishText_KeptBesideText()
    {
        var condition = new RuleCondition("slogan", "醒目标语", "an eye-catching slogan");
        Assert.Equal(("醒目标语", "an eye-catching slogan"), (condition.Text, condition.EnglishText));
        Assert.Null(new RuleCondition("slogan", "醒目标语").EnglishText);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankEnglishText_Throws(string english) =>
        Assert.ThrowsAny<ArgumentException>(() => new RuleCondition("slogan", "醒目标语", english));
}
