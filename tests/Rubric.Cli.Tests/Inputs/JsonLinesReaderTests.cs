using System.Text;
using CsCheck;
using Rubric.Cli.Inputs;

namespace Rubric.Cli.Tests.Inputs;

public class JsonLinesReaderTests
{
    [Fact]
    public void TryReadLine_RandomText_SameLinesAsStreamReader() =>
        Gen.Char["a考\n\r \u3000\t{"].Array[0, 200].Select(static c => new string(c)).Sample(text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return Lines(new OneByteAtATimeStream(bytes)).SequenceEqual(TextLines(bytes));
        });

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}', (byte)'\n', (byte)'[', (byte)']' })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0, (byte)'\r', 0, (byte)'\n', 0, (byte)'1', 0 })]
    [InlineData(new byte[] { (byte)'{', 0xC3, (byte)'}', (byte)'\r', (byte)'x', 0xE8, 0x80 })]
    public void TryReadLine_ByteOrderMarksAndBadBytes_SameLinesAsStreamReader(byte[] bytes) =>
        Assert.Equal(TextLines(bytes), Lines(new MemoryStream(bytes)));

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t\r", true)]
    [InlineData("\u3000\u00A0", true)]
    [InlineData(" { ", false)]
    [InlineData("考", false)]
    public void IsBlank_AsStringIsNullOrWhiteSpace(string line, bool expected) =>
        Assert.Equal(expected, JsonLinesReader.IsBlank(Encoding.UTF8.GetBytes(line)));

    private static List<string> Lines(Stream stream)
    {
        using var reader = new JsonLinesReader(stream);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line, out _))
        {
            lines.Add(Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    private static List<string> TextLines(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A stream that hands out one byte per read, so every line and "\r\n" straddles a refill.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
