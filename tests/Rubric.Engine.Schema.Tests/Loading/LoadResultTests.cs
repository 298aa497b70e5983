namespace Rubric.Engine.Schema.Tests;

public sealed class LoadResultTests
{
    [Fact]
    public void TryLocate_ItemPointer_ReturnsWhereItsValueStarts()
    {
        var json = "{\n  \"formatVersion\": 1,\n  \"unit\": { \"id\": \"s\" },\n  \"round\": \"annual\",\n  \"assessor\": { \"t1\": { \"a/b~c\": true } }\n}";
        var result = new RubricLoader().ParseAssessment(TestFiles.Utf8(json));

        Assert.True(result.Succeeded);
        Assert.True(result.TryLocate("/assessor/t1/a~1b~0c", out var line, out var column));
        Assert.Equal((5, json.Split('\n')[4].IndexOf("true", StringComparison.Ordinal) + 1), (line, column));
    }

    [Fact]
    public void TryLocate_UnknownPointer_ReturnsFalse()
    {
        var result = new RubricLoader().ParseRoster(TestFiles.FixtureBytes("valid.roster.json"));

        Assert.False(result.TryLocate("/bodies/7", out var line, out _));
        Assert.Equal(0, line);
    }

    [Fact]
    public void Value_WhenAnyError_IsNull()
    {
        var result = new RubricLoader().ParseRoster(TestFiles.Utf8("{\"formatVersion\": 1, \"bodies\": []}"), "r.json");

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal("r.json", result.File);
    }

    [Fact]
    public void Constructor_LazyMap_MapsOnlyWhenAsked()
    {
        var built = 0;
        var map = new SourceMap();
        map.Add(SourceMap.Root, "/points", 2, 3);
        var result = new LoadResult<Roster>(new Roster([]), "r.json", (1, 1), () =>
        {
            built++;
            return map;
        });

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.TryLocate(string.Empty, out _, out _));
        Assert.Equal(0, built);
        Assert.False(result.HasSourceMap);
        Assert.True(result.TryLocate("/points", out var line, out var column));
        Assert.Equal((1, 2, 3), (built, line, column));
        Assert.True(result.HasSourceMap);
    }
}
