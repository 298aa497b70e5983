namespace Rubric.Engine.Tests.Scoring;

public class ScoringErrorTests
{
    [Fact]
    public void Constructor_EmptyMessage_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new ScoringError(ScoringErrorCode.InvalidValue, null, null, null, ""));

    [Fact]
    public void ToString_WithItemAndSide_NamesBoth() =>
        Assert.Equal("RUB2005: item 't2.6' (assessor): bad", new ScoringError(ScoringErrorCode.UnknownLevel, ScoreSide.Assessor, "t2.6", "level", "bad").ToString());

    [Fact]
    public void ToString_WithoutItem_CodeAndMessage() =>
        Assert.Equal("RUB2007: other", new ScoringError(ScoringErrorCode.RubricMismatch, null, null, null, "other").ToString());

    [Fact]
    public void ToString_ControlCharactersInItemAndMessage_ShownEscaped()
    {
        var error = new ScoringError(ScoringErrorCode.UnknownCondition, ScoreSide.Self, "t1.4\n", "x\u001b[2J", "'x\u001b[2J' is not a condition of this item.");

        Assert.Equal("RUB2006: item 't1.4\\n' (self): 'x\\u001B[2J' is not a condition of this item.", error.ToString());
    }
}
