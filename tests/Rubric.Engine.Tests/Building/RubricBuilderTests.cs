namespace Rubric.Engine.Tests.Building;

public class RubricBuilderTests
{
    [Fact]
    public void Build_NoTasks_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => RubricDefinition.CreateBuilder("r", "R").Build());

    [Fact]
    public void Build_NoStatedPoints_SumsTaskPoints()
    {
        var rubric = RubricDefinition.CreateBuilder("r", "R")
            .AddTask("t1", 1, "T", 3m, task => task.AddStage("s1", "S", 3m, stage => stage.AddFlatItem("i1", 1, "I", 3m)))
            .AddTask("t2", 2, "T", 2m, task => task.AddStage("s2", "S", 2m, stage => stage.AddFlatItem("i2", 1, "I", 2m)))
            .Build();
        Assert.Equal(5m, rubric.Points);
        Assert.Equal(MissingObservationPolicy.Error, rubric.MissingObservations);
        Assert.Equal(UnitKind.School, rubric.UnitKind);
        Assert.False(rubric.IsIncomplete);
    }

    [Fact]
    public void WithPoints_NotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RubricDefinition.CreateBuilder("r", "R").WithPoints(0m));

    [Fact]
    public void MarkIncomplete_BlankNote_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => RubricDefinition.CreateBuilder("r", "R").MarkIncomplete(" "));

    [Fact]
    public void ForUnit_StaffMember_Kept()
    {
        var rubric = RubricDefinition.CreateBuilder("r", "R").ForUnit(UnitKind.StaffMember)
            .AddTask("t", 1, "T", 1m, task => task.AddStage("s", "S", 1m, stage => stage.AddFlatItem("i", 1, "I", 1m)))
            .Build();
        Assert.Equal(UnitKind.StaffMember, rubric.UnitKind);
    }
}
