namespace Rubric.Engine.Tests.Rules.Tiered;

public class TieredRuleBuilderExtensionsTests
{
    [Fact]
    public void AddTieredItem_LevelsWithEnglishTexts_KeptOnTheRule()
    {
        var rubric = RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t2", 2, "任务", 2, task => task.AddStage("t2.s", "实施", 2, stage => stage
                .AddTieredItem("t2.6", 6, "按时上报", 2, [new RuleLevel("onTime", "按时上报", 0m, "reported on time"), new RuleLevel("late", "没有按时上报", 1m)])))
            .Build();

        var rule = Assert.IsType<TieredRule>(rubric.Items[0].Rule);
        Assert.Equal(["reported on time", null], rule.Levels.Select(static l => l.EnglishText));
        Assert.Equal([0m, 1m], rule.Levels.Select(static l => l.Loss));
        Assert.Equal(EvidenceMethods.Check, rubric.Items[0].Methods);
    }
}
