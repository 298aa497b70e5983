namespace Rubric.Engine.Tests.Scoring;

public class AdjustmentTests
{
    private static readonly LocalizedText Reason = new("why", "为何");

    [Fact]
    public void Constructor_TotalWithTarget_Throws() =>
        Assert.Throws<ArgumentException>(() => new Adjustment(ScoreSide.Self, AdjustmentScope.Total, "t1", 1m, "s", Reason));

    [Theory]
    [InlineData(AdjustmentScope.Stage)]
    [InlineData(AdjustmentScope.Task)]
    public void Constructor_StageOrTaskWithoutTarget_Throws(AdjustmentScope scope) =>
        Assert.Throws<ArgumentException>(() => new Adjustment(ScoreSide.Self, scope, null, 1m, "s", Reason));

    [Fact]
    public void Constructor_BlankSource_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new Adjustment(ScoreSide.Self, AdjustmentScope.Total, null, 1m, " ", Reason));

    [Fact]
    public void ToString_Adjustment_InvariantNumbers() =>
        Assert.Equal("bonus: -1.5 on Stage s (why)", new Adjustment(ScoreSide.Self, AdjustmentScope.Stage, "s", -1.5m, "bonus", Reason).ToString());

    [Fact]
    public void ToString_AppliedLessThanAsked_ShowsBoth() =>
        Assert.Equal("veto: -4 of -100 asked on Stage s (why)", new Adjustment(ScoreSide.Self, AdjustmentScope.Stage, "s", -100m, "veto", Reason).WithApplied(-4m).ToString());

    [Fact]
    public void Applied_NewAdjustment_EqualsAmount() =>
        Assert.Equal(2m, new Adjustment(ScoreSide.Self, AdjustmentScope.Total, null, 2m, "bonus", Reason).Applied);
}
