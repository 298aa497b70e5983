namespace Rubric.Engine.Tests.Assessments;

public class ObservedValueTests
{
    [Fact]
    public void TryGetDecimal_OnText_ReturnsFalse() =>
        Assert.False(((ObservedValue)"late").TryGetDecimal(out _));

    [Fact]
    public void TryGetString_OnText_ReturnsText()
    {
        Assert.True(((ObservedValue)"late").TryGetString(out var text));
        Assert.Equal("late", text);
    }

    [Fact]
    public void Equals_SameNumberDifferentScale_AreEqual() =>
        Assert.Equal((ObservedValue)0.6m, (ObservedValue)0.60m);

    [Fact]
    public void Equals_BooleanAndNumber_AreDifferent() =>
        Assert.NotEqual((ObservedValue)true, (ObservedValue)1);

    [Fact]
    public void ToString_Number_FormattedInvariantly()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("2.5", ((ObservedValue)2.5m).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
