namespace Rubric.Engine.Tests.Explanations;

public class LocalizedTextTests
{
    [Fact]
    public void Get_Chinese_ReturnsChinese() => Assert.Equal("中", new LocalizedText("en", "中").Get(ExplanationLanguage.Chinese));

    [Fact]
    public void Get_English_ReturnsEnglish() => Assert.Equal("en", new LocalizedText("en", "中").Get(ExplanationLanguage.English));

    [Fact]
    public void Constructor_NullChinese_Throws() => Assert.Throws<ArgumentNullException>(() => new LocalizedText("en", null!));
}
