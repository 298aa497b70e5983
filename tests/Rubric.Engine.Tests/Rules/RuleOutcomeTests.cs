namespace Rubric.Engine.Tests.Rules;

public class RuleOutcomeTests
{
    [Fact]
    public void NoLoss_Default_NotAnErrorAndNothingLost()
    {
        var outcome = RuleOutcome.NoLoss;
        Assert.False(outcome.IsError);
        Assert.Equal(0m, outcome.Loss);
    }

    [Fact]
    public void Lost_NoUncapped_UncappedEqualsLoss()
    {
        var outcome = RuleOutcome.Lost(0.6m, DeductionReason.UnitsMissing, 3m);
        Assert.Equal((0.6m, 0.6m, 3m), (outcome.Loss, outcome.UncappedLoss, outcome.Quantity));
        Assert.False(outcome.IsError);
    }

    [Fact]
    public void Invalid_EmptyMessage_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, "k", ""));

    [Fact]
    public void MissingValue_Key_MessageNamesKeyAndExpectation()
    {
        var outcome = RuleOutcome.MissingValue("missing", "a number");
        Assert.True(outcome.IsError);
        Assert.Equal((ScoringErrorCode.MissingValue, "missing", "'missing' is missing; expected a number."), (outcome.ErrorCode, outcome.ErrorKey, outcome.ErrorMessage));
    }
}
