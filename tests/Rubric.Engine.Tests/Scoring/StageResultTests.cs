using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public class StageResultTests
{
    private static Scorecard Seed() => ScoringEngine.Default.Score(
        TestRubrics.Seed(),
        new Assessment("school-01", AssessmentRound.Annual, self: null, assessor: TestRubrics.SeedWith(Observation.Missing("t1.9", 3))))
        .Scorecard!;

    [Fact]
    public void Items_Stage_ItsOwnItemsInSheetOrderWithTheirScores()
    {
        var card = Seed();
        var stage = card.FindStage("t1.impl")!;

        Assert.Equal(stage.Stage.Items.Select(static i => i.Id), stage.Items.Select(static i => i.Item.Id));
        Assert.Equal(stage.Stage.Items.Count, stage.Items.Count);
        var visits = stage.Items.Single(static i => i.Item.Id == "t1.9");
        Assert.Equal(card.FindItem("t1.9")!.Value, visits);
        Assert.Equal(1.4m, visits.Score.Assessor);
        Assert.Equal(stage.Score.Assessor, stage.Items.Sum(static i => i.Score.Assessor));
    }

    [Fact]
    public void Items_IndexPastEnd_ThrowsArgumentOutOfRange()
    {
        var stage = Seed().FindStage("t1.impl")!;

        Assert.Equal(stage.Stage.Items[^1].Id, stage.Items[stage.Items.Count - 1].Item.Id);
        Assert.Throws<ArgumentOutOfRangeException>(() => stage.Items[stage.Items.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => stage.Items[-1]);
    }
}
