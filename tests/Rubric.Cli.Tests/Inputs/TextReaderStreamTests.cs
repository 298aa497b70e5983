using System.Text;
using Rubric.Cli.Inputs;

namespace Rubric.Cli.Tests.Inputs;

public class TextReaderStreamTests
{
    [Fact]
    public void Read_ChineseTextLongerThanTheBuffer_SameUtf8Bytes()
    {
        var text = string.Concat(Enumerable.Repeat("{\"unit\":\"盘龙镇中心小学\"}\n", 1000));
        using var stream = new TextReaderStream(new StringReader(text));
        using var copy = new MemoryStream();

        stream.CopyTo(copy);

        Assert.Equal(Encoding.UTF8.GetBytes(text), copy.ToArray());
    }
}
