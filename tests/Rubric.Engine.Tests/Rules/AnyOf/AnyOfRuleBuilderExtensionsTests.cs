namespace Rubric.Engine.Tests.Rules.AnyOf;

public class AnyOfRuleBuilderExtensionsTests
{
    [Fact]
    public void AddAnyOfItem_ConditionsWithEnglishTexts_KeptOnTheRule()
    {
        var rubric = RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t1", 1, "任务", 1, task => task.AddStage("t1.s", "准备", 1, stage => stage
                .AddAnyOfItem("t1.4", 4, "标语、宣传栏", 1, [new RuleCondition("slogan", "醒目标语", "an eye-catching slogan"), new RuleCondition("noticeboard", "宣传栏")], loss: 0.5m)))
            .Build();

        var rule = Assert.IsType<AnyOfRule>(rubric.Items[0].Rule);
        Assert.Equal(0.5m, rule.Loss);
        Assert.Equal(["an eye-catching slogan", null], rule.Conditions.Select(static c => c.EnglishText));
        Assert.Equal(EvidenceMethods.Look, rubric.Items[0].Methods);
    }
}
