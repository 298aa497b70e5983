namespace Rubric.Engine.Schema.Tests;

internal static class ValidatorFixtures
{
    public static ItemDocument Item(string id, decimal points, RuleDocument rule) => new() { Id = id, Text = "项目", Points = points, Rule = rule };

    public static RubricDocument Rubric(params ItemDocument[] items) => new()
    {
        FormatVersion = 1,
        Id = "r",
        Title = "细则",
        Points = items.Sum(static i => i.Points),
        Tasks =
        [
            new TaskDocument
            {
                Id = "t1",
                Text = "任务",
                Points = items.Sum(static i => i.Points),
                Stages = [new StageDocument { Id = "s1", Text = "阶段", Points = items.Sum(static i => i.Points), Items = [.. items] }],
            },
        ],
    };
}
