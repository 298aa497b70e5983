using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public class ScoringStepContextTests
{
    private static void Run(Action<ScoringStepContext> apply, params Observation[] replacements) =>
        ScoringEngine.CreateBuilder().AddStep(new Step(apply)).Build()
            .Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedWith(replacements)));

    [Fact]
    public void ItemScore_LostItem_ScoreAndDeductionVisible()
    {
        (decimal Score, decimal? Lost, decimal Stage, decimal Task, decimal Total) seen = default;
        Run(c => seen = (c.ItemScore("t1.9"), c.DeductionFor("t1.9")?.Amount, c.StageScore("t1.impl"), c.TaskScore("t1"), c.Total), Observation.Missing("t1.9", 3));
        Assert.Equal((1.4m, 0.6m, 14.4m, 24.4m, 26.4m), (seen.Score, seen.Lost!.Value, seen.Stage, seen.Task, seen.Total));
    }

    [Fact]
    public void StageOf_Item_StageAndTask()
    {
        (string Stage, string Task) seen = default;
        Run(c => seen = (c.StageOf("t1.13").Id, c.TaskOf("t1.13").Id));
        Assert.Equal(("t1.impl", "t1"), seen);
    }

    [Fact]
    public void ItemScore_UnknownItem_ThrowsKeyNotFound() =>
        Assert.Throws<KeyNotFoundException>(() => Run(c => c.ItemScore("nope")));

    [Fact]
    public void Adjust_StageWithoutTarget_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => Run(c => c.Adjust(AdjustmentScope.Stage, null, 1m, new LocalizedText("a", "b"))));

    [Fact]
    public void Adjust_TotalWithTarget_ThrowsArgument() =>
        Assert.Throws<ArgumentException>(() => Run(c => c.Adjust(AdjustmentScope.Total, "t1", 1m, new LocalizedText("a", "b"))));

    [Fact]
    public void Adjust_Task_RecordedWithStepNameAndVisibleAfterwards()
    {
        Adjustment? made = null;
        var after = 0m;
        Run(c =>
        {
            made = c.Adjust(AdjustmentScope.Task, "t2", -0.5m, new LocalizedText("late", "迟"));
            after = c.TaskScore("t2");
        });
        Assert.Equal(("step", AdjustmentScope.Task, "t2", ScoreSide.Assessor), (made!.Source, made.Scope, made.TargetId!, made.Side));
        Assert.Equal(1.5m, after);
    }

    private sealed class Step(Action<ScoringStepContext> apply) : IScoringStep
    {
        public string Name => "step";

        public void Apply(ScoringStepContext context)
        {
            Assert.Same(context.Assessment.Column(context.Side), context.Assessment.Column(ScoreSide.Assessor));
            Assert.Equal("panlong-theme-practice", context.Rubric.Id);
            apply(context);
        }
    }
}
