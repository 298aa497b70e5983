namespace Rubric.Engine.Schema.Tests;

public sealed class SourceMapTests
{
    [Fact]
    public void LocateNearest_MissingMember_FallsBackToItsObject()
    {
        var map = new SourceMap();
        var root = map.Add(SourceMap.Root, string.Empty, 1, 1);
        var tasks = map.Add(root, "/tasks", 6, 12);
        map.Add(tasks, "/tasks/0", 7, 5);

        Assert.Equal((7, 5), map.LocateNearest("/tasks/0/stages/3/points"));
        Assert.Equal((1, 1), map.LocateNearest("/awards"));
    }

    [Fact]
    public void Add_SamePointerTwice_KeepsTheFirst()
    {
        var map = new SourceMap();
        var root = map.Add(SourceMap.Root, string.Empty, 1, 1);
        map.Add(root, "/points", 5, 13);
        map.Add(root, "/points", 6, 13);

        Assert.True(map.TryLocate("/points", out var line, out _));
        Assert.Equal(5, line);
    }
}
