using Rubric.Cli.Output;

namespace Rubric.Cli.Tests.Output;

public class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Field_Rfc4180_QuotesOnlyWhenNeeded(string? value, string expected) => Assert.Equal(expected, Csv.Field(value));
}
