using System.Text;

namespace Rubric.Engine.Schema.Tests;

public sealed class TextLocatorTests
{
    [Fact]
    public void Locate_OffsetAfterChineseText_CountsCharacters()
    {
        var text = "{\n  \"考核\": 1\n}";
        var bytes = Encoding.UTF8.GetBytes(text);
        var offset = Array.IndexOf(bytes, (byte)'1');

        Assert.Equal((2, 9), new TextLocator(bytes, 1).Locate(offset));
    }

    [Fact]
    public void Locate_FirstLineGiven_ShiftsLines()
    {
        var bytes = Encoding.UTF8.GetBytes("a\nb");

        Assert.Equal((8, 1), new TextLocator(bytes, 7).Locate(2));
    }

    [Fact]
    public void LocateLineByte_PositionPastLineEnd_IsClamped()
    {
        var bytes = Encoding.UTF8.GetBytes("ab\ncd");

        Assert.Equal((1, 4), new TextLocator(bytes, 1).LocateLineByte(0, 99));
    }
}
