namespace Rubric.Engine.Tests.Rules.AnyOf;

public class AnyOfRuleTests
{
    [Fact]
    public void Constructor_NoConditions_Throws() =>
        Assert.Throws<ArgumentException>(() => new AnyOfRule([]));

    [Fact]
    public void Constructor_DuplicateConditionIds_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AnyOfRule([new RuleCondition("a", "A"), new RuleCondition("a", "B")]));
        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCondition_Throws() =>
        Assert.Throws<ArgumentException>(() => new AnyOfRule([new RuleCondition("a", "A"), null!]));

    [Fact]
    public void Constructor_NullList_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new AnyOfRule(null!));

    [Fact]
    public void Constructor_NonPositiveLoss_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnyOfRule([new RuleCondition("a", "A")], 0m));

    [Fact]
    public void Validate_LossAbovePoints_ItemRejected() =>
        Assert.ThrowsAny<ArgumentException>(() => new Item("i", 4, "x", 1m, new AnyOfRule([new RuleCondition("a", "A")], 2m)));

    [Fact]
    public void Conditions_Constructed_KeepOrderAndKind()
    {
        var rule = new AnyOfRule([new RuleCondition("slogan", "醒目标语"), new RuleCondition("noticeboard", "宣传栏")]);
        Assert.Equal(["slogan", "noticeboard"], rule.Conditions.Select(static c => c.Id));
        Assert.Equal("anyOf", rule.Kind);
    }
}
