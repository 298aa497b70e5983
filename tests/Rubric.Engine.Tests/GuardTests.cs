using CsCheck;

namespace Rubric.Engine.Tests;

public class GuardTests
{
    [Fact]
    public void UniqueIds_ShortAndLongLists_ThrowExactlyWhenAnIdRepeats() =>
        Gen.Int[0, 30].Array[0, 40].Sample(static numbers =>
        {
            var ids = numbers.Select(static n => "i" + n).ToList();
            var repeats = ids.Distinct(StringComparer.Ordinal).Count() < ids.Count;
            var thrown = Record.Exception(() => Guard.UniqueIds(ids, static id => id, "item", "items"));

            return repeats ? thrown is ArgumentException { ParamName: "items" } : thrown is null;
        }, iter: 500);

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public void UniqueIds_Repeat_NamesTheRepeatedId(int length)
    {
        var ids = Enumerable.Range(0, length).Select(static n => "t1." + n).Append("t1.2").ToList();

        var thrown = Assert.Throws<ArgumentException>("stages", () => Guard.UniqueIds(ids, static id => id, "stage", "stages"));

        Assert.StartsWith("Duplicate stage id 't1.2'.", thrown.Message, StringComparison.Ordinal);
    }
}
