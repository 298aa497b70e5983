namespace Rubric.Engine.Tests.Assessments;

public class ObservationTests
{
    [Fact]
    public void Constructor_DuplicateKey_Throws() =>
        Assert.Throws<ArgumentException>(() => new Observation("i", [KeyValuePair.Create("met", (ObservedValue)true), KeyValuePair.Create("met", (ObservedValue)false)]));

    [Fact]
    public void Constructor_EmptyKey_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => Observation.Of("i", ("", true)));

    [Fact]
    public void Missing_Count_StoredAsNumber()
    {
        Assert.True(Observation.Missing("i", 3).TryGetValue("missing", out var value));
        Assert.True(value.TryGetDecimal(out var number));
        Assert.Equal(3m, number);
    }

    [Fact]
    public void ToString_Values_SortedByKey() =>
        Assert.Equal("i {missing = 2, noneDone = false}", Observation.Of("i", ("noneDone", false), ("missing", 2)).ToString());

    [Fact]
    public void Constructor_NullEvidenceEntry_Throws() =>
        Assert.Throws<ArgumentException>(() => new Observation("i", [], evidence: [null!]));
}
