using System.Text;
using CsCheck;

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

    [Fact]
    public void Locate_AnyTextAndOffset_MatchesLineAndCharacterCountOfThePrefix()
    {
        var text = Gen.Int[0, 5].Select(static i => "a\n考核 \""[i]).Array[0, 60].Select(static chars => new string(chars));

        Gen.Select(text, Gen.Int[0, 100]).Sample((value, cut) =>
        {
            var prefix = value[..Math.Min(cut, value.Length)];
            var bytes = Encoding.UTF8.GetBytes(value);
            var (line, column) = new TextLocator(bytes, 1).Locate(Encoding.UTF8.GetByteCount(prefix));
            var expectedLine = prefix.Count(static c => c == '\n') + 1;
            var expectedColumn = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
            return line == expectedLine && column == expectedColumn;
        });
    }

    [Fact]
    public void Locate_ManyOffsetsInAnyOrder_SameAsAFreshLocatorEachTime()
    {
        // The locator counts on from the previous offset on the same line; asking backwards or
        // across lines must give what a fresh locator gives.
        var text = Gen.Int[0, 5].Select(static i => "a\n考核 \""[i]).Array[1, 60].Select(static chars => new string(chars));

        Gen.Select(text, Gen.Int[0, 200].Array[1, 10]).Sample((value, offsets) =>
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            var reused = new TextLocator(bytes, 1);
            var boundaries = Enumerable.Range(0, value.Length + 1).Select(i => Encoding.UTF8.GetByteCount(value[..i])).ToArray();
            return offsets.Select(o => boundaries[o % boundaries.Length]).All(o => reused.Locate(o) == new TextLocator(bytes, 1).Locate(o));
        });
    }
}
