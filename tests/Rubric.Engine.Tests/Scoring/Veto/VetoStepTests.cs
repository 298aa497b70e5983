using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring.Veto;

public class VetoStepTests
{
    private static Scorecard Score(AdjustmentScope scope, bool petitionsHandled, Observation[]? self = null)
    {
        var engine = ScoringEngine.CreateBuilder().AddVeto(new VetoOptions { ItemId = "t1.15", Scope = scope }).Build();
        return engine.Score(TestRubrics.Seed(), new Assessment("u", AssessmentRound.Annual, self, TestRubrics.SeedWith(Observation.Met("t1.15", petitionsHandled)))).Scorecard!;
    }

    [Fact]
    public void Apply_VetoItemLostAtStageScope_StageZero()
    {
        var card = Score(AdjustmentScope.Stage, petitionsHandled: false);
        Assert.Equal(0m, card.FindStage("t1.impl")!.Score.Assessor);
        Assert.Equal(10m, card.FindTask("t1")!.Score.Assessor);
        Assert.Equal(12m, card.Total.Assessor);
        Assert.True(card.IsVetoed(ScoreSide.Assessor));
    }

    [Fact]
    public void Apply_VetoItemLostAtTaskScope_TaskZero()
    {
        var card = Score(AdjustmentScope.Task, petitionsHandled: false);
        Assert.Equal(0m, card.FindTask("t1")!.Score.Assessor);
        Assert.Equal(2m, card.Total.Assessor);
        Assert.Equal(5m, card.FindStage("t1.prep")!.Score.Assessor);
    }

    [Fact]
    public void Apply_VetoItemLostAtTotalScope_TotalZero()
    {
        var card = Score(AdjustmentScope.Total, petitionsHandled: false);
        Assert.Equal(0m, card.Total.Assessor);
        Assert.Equal(24m, card.FindTask("t1")!.Score.Assessor);
        Assert.True(card.IsVetoed(ScoreSide.Assessor));
    }

    [Fact]
    public void Apply_VetoItemKept_NoAdjustment()
    {
        var card = Score(AdjustmentScope.Stage, petitionsHandled: true);
        Assert.Empty(card.Adjustments);
        Assert.False(card.IsVetoed(ScoreSide.Assessor));
        Assert.Equal(27m, card.Total.Assessor);
    }

    [Fact]
    public void Apply_OnlyAssessorLost_OnlyAssessorVetoed()
    {
        var card = Score(AdjustmentScope.Stage, petitionsHandled: false, self: TestRubrics.SeedAllDone());
        Assert.False(card.IsVetoed(ScoreSide.Self));
        Assert.True(card.IsVetoed(ScoreSide.Assessor));
        Assert.Equal(15m, card.FindStage("t1.impl")!.Score.Self);
    }

    [Fact]
    public void Apply_Vetoed_ReasonInBothLanguages()
    {
        var adjustment = Assert.Single(Score(AdjustmentScope.Stage, petitionsHandled: false).Adjustments);
        Assert.Equal("Veto: item 15 (t1.15) lost points, so the stage scores 0.", adjustment.Reason.English);
        Assert.Equal("一票否决：第15项（t1.15）失分，该阶段计0分。", adjustment.Reason.Chinese);
        Assert.Equal(("veto", "t1.impl", -14m, ScoreSide.Assessor), (adjustment.Source, adjustment.TargetId, adjustment.Amount, adjustment.Side));
    }

    [Fact]
    public void Constructor_NoItemId_Throws() =>
        Assert.Throws<ArgumentException>(() => new VetoStep(new VetoOptions()));

    [Fact]
    public void Constructor_UnknownScope_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new VetoStep(new VetoOptions { ItemId = "x", Scope = (AdjustmentScope)9 }));

    [Fact]
    public void Constructor_BlankName_Throws() =>
        Assert.Throws<ArgumentException>(() => new VetoStep(new VetoOptions { ItemId = "x", Name = "" }));

    [Fact]
    public void Apply_RubricWithoutVetoItem_LeftAlone()
    {
        var engine = ScoringEngine.CreateBuilder().AddVeto(new VetoOptions { ItemId = "t1.15" }).Build();
        var card = engine.Score(TestRubrics.Of(new Item("a", 1, "a", 1m, new FlatRule())), TestRubrics.AssessorOnly(Observation.Met("a", false))).Scorecard!;
        Assert.Empty(card.Adjustments);
        Assert.False(card.IsVetoed(ScoreSide.Assessor));
    }

    [Fact]
    public void Apply_VetoItemJudgedBelowPoints_Vetoes()
    {
        var engine = ScoringEngine.CreateBuilder().AddVeto(new VetoOptions { ItemId = "t1.18", Scope = AdjustmentScope.Total, Name = "innovation-veto" }).Build();
        var card = engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedWith(Observation.Awarded("t1.18", 0.5m)))).Scorecard!;
        Assert.Equal(0m, card.Total.Assessor);
        Assert.Equal("innovation-veto", Assert.Single(card.Adjustments).Source);
        Assert.Equal("一票否决：第18项（t1.18）失分，总分计0分。", card.Adjustments[0].Reason.Chinese);
    }
}
