using System.Text;
using CsCheck;

namespace Rubric.Engine.Schema.Tests;

public sealed class JsonLineSplitterTests
{
    [Fact]
    public void TryReadLine_RandomText_SplitsLikeSplittingAtLineFeeds() =>
        Gen.Char["a考\n\r "].Array[0, 300].Select(static c => new string(c)).Sample(text =>
        {
            var splitter = new JsonLineSplitter(new OneByteAtATimeStream(Encoding.UTF8.GetBytes(text)), 1 << 20);
            var lines = new List<string>();
            while (splitter.TryReadLine(out var content, out var line, out _))
            {
                Assert.Equal(lines.Count + 1, line);
                lines.Add(Encoding.UTF8.GetString(content!));
            }

            var expected = text.Split('\n').ToList();
            if (expected[^1].Length == 0)
            {
                expected.RemoveAt(expected.Count - 1);
            }

            return lines.SequenceEqual(expected);
        });

    [Fact]
    public void TryReadLine_LineOverTheLimit_CountsItWithoutHoldingIt()
    {
        var text = "{}\n" + new string('x', 200_000) + "\n{ }";
        var splitter = new JsonLineSplitter(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1000);

        Assert.True(splitter.TryReadLine(out var first, out _, out _));
        Assert.True(splitter.TryReadLine(out var second, out var line, out var length));
        Assert.True(splitter.TryReadLine(out var third, out _, out _));

        Assert.Equal("{}", Encoding.UTF8.GetString(first!));
        Assert.Null(second);
        Assert.Equal((2, 200_000L), (line, length));
        Assert.Equal("{ }", Encoding.UTF8.GetString(third!));
        Assert.False(splitter.TryReadLine(out _, out _, out _));
    }

    /// <summary>A stream that hands out one byte per read, so every line straddles a refill.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
