namespace Rubric.Engine.Tests.Rules;

public class RuleContextTests
{
    private static RuleContext Context(params (string Key, ObservedValue Value)[] values) =>
        new(new Item("i", 1, "x", 1m, new FlatRule()), ScoreSide.Self, Observation.Of("i", values));

    [Fact]
    public void Has_PresentAndAbsentKeys_TrueAndFalse()
    {
        var context = Context(("met", true));
        Assert.True(context.Has("met"));
        Assert.False(context.Has("missing"));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(-1, false)]
    [InlineData(1.5, false)]
    public void TryGetCount_Number_WholeAndNotNegativeOnly(double number, bool valid) =>
        Assert.Equal(valid, Context(("n", (decimal)number)).TryGetCount("n", out _, out _));

    [Fact]
    public void TryGetCount_TrailingZeroScale_Accepted()
    {
        Assert.True(Context(("n", 3.00m)).TryGetCount("n", out var count, out _));
        Assert.Equal(3, count);
    }

    [Fact]
    public void TryGetText_Number_InvalidValue()
    {
        Assert.False(Context(("level", 2)).TryGetText("level", out _, out var failure));
        Assert.Equal(ScoringErrorCode.InvalidValue, failure.ErrorCode);
    }

    [Fact]
    public void TryGetNumber_Absent_MissingValue()
    {
        Assert.False(Context(("met", true)).TryGetNumber("awarded", out _, out var failure));
        Assert.Equal(ScoringErrorCode.MissingValue, failure.ErrorCode);
    }

    [Fact]
    public void TryGetBoolean_Present_ReturnsValue()
    {
        Assert.True(Context(("met", false)).TryGetBoolean("met", out var met, out _));
        Assert.False(met);
    }
}
