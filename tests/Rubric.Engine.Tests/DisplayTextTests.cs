namespace Rubric.Engine.Tests;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("t1.1\n", "t1.1\\n")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("\tx\0", "\\tx\\0")]
    [InlineData("red\u001b[31m", "red\\u001B[31m")]
    [InlineData("del\u007f", "del\\u007F")]
    [InlineData("next\u0085line", "next\\u0085line")]
    [InlineData("para\u2029", "para\\u2029")]
    [InlineData("evil\u202Etxt.exe", "evil\\u202Etxt.exe")]
    [InlineData("isolate\u2066x\u2069", "isolate\\u2066x\\u2069")]
    public void Escape_ControlCharacters_WrittenAsEscapes(string text, string expected)
    {
        Assert.Equal(expected, DisplayText.Escape(text));
    }

    [Theory]
    [InlineData("盘龙镇中心小学")]
    [InlineData(@"C:\scores\school-01.json")]
    [InlineData("t1.1 '引号' \"quotes\" 😀")]
    public void Escape_PrintableText_SameInstance(string text)
    {
        Assert.Same(text, DisplayText.Escape(text));
        Assert.False(DisplayText.NeedsEscaping(text));
    }

    [Fact]
    public void Escape_Null_Empty()
    {
        Assert.Equal(string.Empty, DisplayText.Escape(null));
    }

    [Fact]
    public void Escape_EveryCharacter_ResultHasNoControlCharacterOrLineBreak()
    {
        var all = string.Create(char.MaxValue + 1, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)i;
            }
        });

        var escaped = DisplayText.Escape(all);

        Assert.DoesNotContain(escaped, static c => char.IsControl(c) || c is '\u2028' or '\u2029');
        Assert.False(DisplayText.NeedsEscaping(escaped));
    }
}
