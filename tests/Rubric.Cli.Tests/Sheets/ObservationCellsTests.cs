using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Sheets;

public class ObservationCellsTests
{
    private static Observation Parse(string itemId, string cell)
    {
        Assert.True(TestRubrics.Demo().TryGetItem(itemId, out var item));
        Assert.True(ObservationCells.TryParse(item, cell, out var observation, out var error), error);
        return observation!;
    }

    private static string Fail(string itemId, string cell)
    {
        Assert.True(TestRubrics.Demo().TryGetItem(itemId, out var item));
        Assert.False(ObservationCells.TryParse(item, cell, out _, out var error));
        return error;
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Yes", true)]
    [InlineData("no", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void TryParse_Flat_YesNoWords(string cell, bool met) =>
        Assert.Equal(ObservedValue.FromBoolean(met), Parse("t1.1", cell).Values[ObservationKeys.Met]);

    [Fact]
    public void TryParse_AnyOfFailingConditionIds_ThoseFalseOthersTrue()
    {
        var observation = Parse("t1.4", "noticeboard");

        Assert.Equal(ObservedValue.FromBoolean(true), observation.Values["slogan"]);
        Assert.Equal(ObservedValue.FromBoolean(false), observation.Values["noticeboard"]);
    }

    [Fact]
    public void TryParse_AnyOfConditionTextsWithChineseComma_BothFalse()
    {
        var observation = Parse("t1.4", "醒目标语、宣传栏");

        Assert.All(observation.Values.Values, v => Assert.Equal(ObservedValue.FromBoolean(false), v));
    }

    [Fact]
    public void TryParse_AnyOfYes_AllMet() =>
        Assert.All(Parse("t1.4", "是").Values.Values, v => Assert.Equal(ObservedValue.FromBoolean(true), v));

    [Fact]
    public void TryParse_PerUnitCount_Missing() => Assert.Equal(ObservedValue.FromDecimal(3), Parse("t1.7", "3").Values[ObservationKeys.Missing]);

    [Fact]
    public void TryParse_ShortfallSpreadsheetNumber_Achieved() => Assert.Equal(ObservedValue.FromDecimal(17), Parse("t1.13", "17.0").Values[ObservationKeys.Achieved]);

    [Fact]
    public void TryParse_NoneDone_Flag() => Assert.Equal(ObservedValue.FromBoolean(true), Parse("t1.13", "没做").Values[ObservationKeys.NoneDone]);

    [Fact]
    public void TryParse_TieredByText_LevelId() => Assert.Equal(ObservedValue.FromString("late"), Parse("t1.6", "迟交").Values[ObservationKeys.Level]);

    [Fact]
    public void TryParse_JudgedDecimal_Awarded() => Assert.Equal(ObservedValue.FromDecimal(1.5m), Parse("t1.16", "1.5").Values[ObservationKeys.Awarded]);

    [Fact]
    public void TryParse_UnknownCondition_SaysWhichAreKnown() => Assert.Contains("slogan, noticeboard", Fail("t1.4", "poster"), StringComparison.Ordinal);

    [Fact]
    public void TryParse_FractionalCount_Rejected() => Assert.Contains("not a whole number", Fail("t1.7", "1.5"), StringComparison.Ordinal);

    [Fact]
    public void TryParse_FlatMaybe_Rejected() => Assert.Contains("not a yes/no", Fail("t1.1", "maybe"), StringComparison.Ordinal);

    [Fact]
    public void TryParse_UnknownLevel_ListsLevels() => Assert.Contains("ontime, late, missing", Fail("t1.6", "early"), StringComparison.Ordinal);
}
