namespace Rubric.Engine.Schema.Tests;

public sealed class JsonPointersTests
{
    [Theory]
    [InlineData("a/b", "a~1b")]
    [InlineData("m~n", "m~0n")]
    [InlineData("~/", "~0~1")]
    [InlineData("t1.1", "t1.1")]
    public void Escape_Token_FollowsRfc6901(string token, string escaped)
    {
        Assert.Equal(escaped, JsonPointers.Escape(token));
        Assert.Equal(token, JsonPointers.Unescape(escaped));
    }

    [Theory]
    [InlineData("Tasks[0].Stages[12].Items[3].Rule.Loss", "/tasks/0/stages/12/items/3/rule/loss")]
    [InlineData("Points", "/points")]
    [InlineData("/assessor/t1.1/met", "/assessor/t1.1/met")]
    [InlineData("", "")]
    public void FromPropertyPath_ValidationPath_BecomesPointer(string path, string expected)
    {
        Assert.Equal(expected, JsonPointers.FromPropertyPath(path));
    }

    [Theory]
    [InlineData("$.tasks[0].points", "/tasks/0/points")]
    [InlineData("$['a/b'].c", "/a~1b/c")]
    [InlineData("$", "")]
    [InlineData(null, "")]
    public void FromJsonPath_SystemTextJsonPath_BecomesPointer(string? path, string expected)
    {
        Assert.Equal(expected, JsonPointers.FromJsonPath(path));
    }
}
