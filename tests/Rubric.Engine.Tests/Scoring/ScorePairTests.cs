namespace Rubric.Engine.Tests.Scoring;

public class ScorePairTests
{
    [Theory]
    [InlineData(5, 3, 2)]
    [InlineData(3, 5, -2)]
    [InlineData(4, 4, 0)]
    public void Gap_BothSides_SelfMinusAssessor(int self, int assessor, int gap) =>
        Assert.Equal(gap, new ScorePair(self, assessor).Gap);

    [Fact]
    public void Gap_OneSideMissing_Null()
    {
        Assert.Null(new ScorePair(5m, null).Gap);
        Assert.Null(new ScorePair(null, 5m).Gap);
    }

    [Fact]
    public void Final_BothSides_Assessor() => Assert.Equal(3m, new ScorePair(5m, 3m).Final);

    [Fact]
    public void Final_SelfOnly_Self() => Assert.Equal(5m, new ScorePair(5m, null).Final);

    [Fact]
    public void Get_Side_ReturnsThatSide()
    {
        var pair = new ScorePair(5m, 3m);
        Assert.Equal((5m, 3m), (pair.Get(ScoreSide.Self)!.Value, pair.Get(ScoreSide.Assessor)!.Value));
    }

    [Fact]
    public void ToString_GermanCurrentCulture_InvariantNumbersAndDashForMissing()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("self 26.8, assessor 23.8", new ScorePair(26.8m, 23.80m).ToString());
            Assert.Equal("self 0.6, assessor -", new ScorePair(0.60m, null).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
