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

    [Fact]
    public void Constructor_DuplicateKeyAmongMany_Throws()
    {
        var values = Enumerable.Range(0, 12).Select(static n => KeyValuePair.Create("k" + n, (ObservedValue)n)).Append(KeyValuePair.Create("k10", (ObservedValue)true));

        var ex = Assert.Throws<ArgumentException>(() => new Observation("i", values));

        Assert.Contains("'k10'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Constructor_ValuesCountedOnlyByEnumerating_KeepsEveryValue(int count)
    {
        var values = Enumerable.Range(0, count).Where(static _ => true).Select(static n => KeyValuePair.Create(n == 0 ? "missing" : "k" + n, (ObservedValue)n));

        var observation = new Observation("i", values);

        Assert.Equal(["missing", .. Enumerable.Range(1, count - 1).Select(static n => "k" + n)], observation.Values.Keys.OrderBy(static k => k == "missing" ? "" : k, StringComparer.Ordinal));
        Assert.True(observation.TryGetValue("missing", out var first));
        Assert.True(first.TryGetDecimal(out var zero));
        Assert.Equal(0m, zero);
    }

    [Fact]
    public void TryGetValue_ManyKeys_FindsEveryValue()
    {
        var observation = new Observation("i", Enumerable.Range(0, 12).Select(static n => KeyValuePair.Create("k" + n, (ObservedValue)n)));

        for (var n = 0; n < 12; n++)
        {
            Assert.True(observation.TryGetValue("k" + n, out var value));
            Assert.Equal((ObservedValue)n, value);
        }

        Assert.False(observation.TryGetValue("k12", out _));
    }

    [Fact]
    public void Values_ReadTwice_SameDictionaryWithEveryValue()
    {
        var observation = Observation.Of("i", ("noneDone", false), ("missing", 2));

        Assert.Same(observation.Values, observation.Values);
        Assert.Equal(2, observation.Values.Count);
        Assert.Equal((ObservedValue)2, observation.Values["missing"]);
    }

    [Fact]
    public void TryGetValue_KeyEqualButNotTheSameString_Found()
    {
        var observation = Observation.Of("i", (new string("missing".AsSpan()), 4));

        Assert.True(observation.TryGetValue(ObservationKeys.Missing, out var value));
        Assert.Equal((ObservedValue)4, value);
    }

    [Fact]
    public void TryGetValue_OneValueUnderItsOwnName_Found()
    {
        var observation = Observation.Of("i", ("slogan", true));

        Assert.True(observation.TryGetValue("slogan", out var value));
        Assert.Equal((ObservedValue)true, value);
        Assert.False(observation.TryGetValue(ObservationKeys.Met, out _));
        Assert.Equal("i {slogan = true}", observation.ToString());
    }

    [Fact]
    public void Values_NoValues_EmptyAndNothingFound()
    {
        var observation = Observation.Of("i");

        Assert.Empty(observation.Values);
        Assert.False(observation.TryGetValue(ObservationKeys.Met, out _));
        Assert.Equal("i {}", observation.ToString());
    }

    [Fact]
    public void Constructor_ScoreAsValue_ThrowsPointingToScored()
    {
        var exception = Assert.Throws<ArgumentException>(() => Observation.Of("t1.9", (ObservationKeys.Score, 1.4m)));
        Assert.Contains("Observation.Scored", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scored_ScoreOnly_HoldsNoValues()
    {
        var observation = Observation.Scored("t1.9", 1.4m, note: "自查");
        Assert.Equal(1.4m, observation.Score);
        Assert.Null(observation.Observed);
        Assert.Empty(observation.Values);
        Assert.Equal("自查", observation.Note);
        Assert.Equal("t1.9 {score = 1.4}", observation.ToString());
    }

    [Fact]
    public void Scored_WithObservation_KeepsItBeside() =>
        Assert.Equal("t1.9 {score = 1.4; missing = 3}", Observation.Scored("t1.9", 1.4m, Observation.Missing("t1.9", 3)).ToString());

    [Fact]
    public void Scored_ObservationOfAnotherItem_Throws() =>
        Assert.Throws<ArgumentException>(() => Observation.Scored("t1.9", 1.4m, Observation.Missing("t1.10", 3)));

    [Fact]
    public void Scored_ObservationItselfScored_Throws() =>
        Assert.Throws<ArgumentException>(() => Observation.Scored("t1.9", 1.4m, Observation.Scored("t1.9", 1.4m)));
}
