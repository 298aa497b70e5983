namespace Rubric.Engine.Sheets.Tests.Clauses;

public sealed class GlossaryTests
{
    [Theory]
    [InlineData("准备阶段", "prep")]
    [InlineData("实施阶段", "impl")]
    [InlineData("总结阶段", "sum")]
    [InlineData("自查阶段", null)]
    public void Stage_Name_IsItsConventionalId(string text, string? id)
    {
        Assert.Equal(id, Glossary.Stage(text));
    }

    [Theory]
    [InlineData("没有按时上报", "late")]
    [InlineData("按时上报", "onTime")]
    [InlineData("未上报", "notSubmitted")]
    [InlineData("制度不健全", null)]
    public void Level_Wording_IsItsConventionalId(string text, string? id)
    {
        Assert.Equal(id, Glossary.Level(text));
    }

    [Theory]
    [InlineData("帮扶记录", "assistanceRecords")]
    [InlineData("会议记录", "records")]
    [InlineData("资料", "materials")]
    [InlineData("照片", "照片")]
    public void Evidence_Noun_IsItsConventionalValueOrItself(string noun, string evidence)
    {
        Assert.Equal(evidence, Glossary.Evidence(noun));
    }
}
