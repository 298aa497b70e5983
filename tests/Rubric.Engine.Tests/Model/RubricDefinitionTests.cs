using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Model;

public class RubricDefinitionTests
{
    [Fact]
    public void TryGetItem_KnownId_ReturnsItem()
    {
        Assert.True(TestRubrics.Seed().TryGetItem("t1.13", out var item));
        Assert.IsType<ShortfallRule>(item.Rule);
    }

    [Fact]
    public void TryGetItem_UnknownId_ReturnsFalse()
    {
        Assert.False(TestRubrics.Seed().TryGetItem("t9.9", out var item));
        Assert.Null(item);
    }

    [Fact]
    public void TryGetItem_StageId_ReturnsFalse() =>
        Assert.False(TestRubrics.Seed().TryGetItem("t1.prep", out _));

    [Fact]
    public void Items_Seed_InDocumentOrder()
    {
        var rubric = TestRubrics.Seed();
        Assert.Equal(19, rubric.Items.Count);
        Assert.Equal("t1.1", rubric.Items[0].Id);
        Assert.Equal("t2.6", rubric.Items[^1].Id);
    }

    [Fact]
    public void Points_Seed_AreStatedNotSummed()
    {
        var rubric = TestRubrics.Seed();
        Assert.Equal(100m, rubric.Points);
        Assert.Equal(50m, rubric.TaskPoints);
        Assert.Equal(27m, rubric.ItemPoints);
        Assert.True(rubric.IsIncomplete);
    }

    [Fact]
    public void Constructor_SameIdForItemAndStage_Throws() =>
        Assert.Throws<ArgumentException>(() => RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t", 1, "T", 1m, task => task.AddStage("x", "S", 1m, stage => stage.AddFlatItem("x", 1, "I", 1m)))
            .Build());

    [Fact]
    public void Constructor_DuplicateItemAcrossTasks_Throws() =>
        Assert.Throws<ArgumentException>(() => RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t1", 1, "T", 1m, task => task.AddStage("s1", "S", 1m, stage => stage.AddFlatItem("i", 1, "I", 1m)))
            .AddTask("t2", 2, "T", 1m, task => task.AddStage("s2", "S", 1m, stage => stage.AddFlatItem("i", 1, "I", 1m)))
            .Build());

    [Fact]
    public void Constructor_DuplicateTaskIds_Throws() =>
        Assert.Throws<ArgumentException>(() => RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t", 1, "T", 1m, task => task.AddStage("s1", "S", 1m, stage => stage.AddFlatItem("i1", 1, "I", 1m)))
            .AddTask("t", 2, "T", 1m, task => task.AddStage("s2", "S", 1m, stage => stage.AddFlatItem("i2", 1, "I", 1m)))
            .Build());

    [Fact]
    public void Constructor_DuplicateStageAcrossTasks_Throws() =>
        Assert.Throws<ArgumentException>(() => RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t1", 1, "T", 1m, task => task.AddStage("s", "S", 1m, stage => stage.AddFlatItem("i1", 1, "I", 1m)))
            .AddTask("t2", 2, "T", 1m, task => task.AddStage("s", "S", 1m, stage => stage.AddFlatItem("i2", 1, "I", 1m)))
            .Build());

    [Fact]
    public void Constructor_DuplicateAwardPolicyIds_Throws()
    {
        var policy = new AwardPolicy("advanced", "先进集体", UnitKind.School, AwardQuota.OfPercent(25m), QuotaRounding.Nearest, TiePolicy.IncludeAll);
        Assert.Throws<ArgumentException>(() => RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t", 1, "T", 1m, task => task.AddStage("s", "S", 1m, stage => stage.AddFlatItem("i", 1, "I", 1m)))
            .AddAwardPolicy(policy)
            .AddAwardPolicy(policy)
            .Build());
    }
}
