using CsCheck;

namespace Rubric.Engine.Tests.Assessments;

public class AssessmentTests
{
    [Fact]
    public void Constructor_NoColumns_Throws() =>
        Assert.Throws<ArgumentException>(() => new Assessment("u", AssessmentRound.Annual, null, null));

    [Fact]
    public void Constructor_TwoObservationsForOneItem_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Assessment("u", AssessmentRound.Annual, null, [Observation.Met("a", true), Observation.Met("a", false)]));
        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RandomColumns_ThrowsExactlyWhenAnItemRepeats() =>
        Gen.Int[0, 40].Array[0, 700].Sample(static numbers =>
        {
            var column = numbers.Select(static n => Observation.Met("i" + (n * 17), true)).ToList();
            var repeats = numbers.Distinct().Count() < numbers.Length;
            var thrown = Record.Exception(() => new Assessment("s1", AssessmentRound.Annual, column, null));

            return repeats ? thrown is ArgumentException { ParamName: "self" } : thrown is null;
        }, iter: 300);

    [Fact]
    public void Constructor_RepeatAfterAColumnOfTheSameIdsWasAccepted_Throws()
    {
        var ids = new[] { "a", "b", "c" };
        _ = new Assessment("s1", AssessmentRound.Annual, ids.Select(static id => Observation.Met(id, true)), null);

        var repeat = new[] { Observation.Met(ids[0], true), Observation.Met(ids[1], true), Observation.Met(ids[0], false) };

        Assert.Throws<ArgumentException>("self", () => new Assessment("s2", AssessmentRound.Annual, repeat, null));
        Assert.NotNull(new Assessment("s3", AssessmentRound.Annual, ids.Select(static id => Observation.Met(id, false)), null));
    }

    [Fact]
    public void Constructor_LargeColumnWithOneRepeat_Throws()
    {
        var column = Enumerable.Range(0, 600).Select(static n => Observation.Met("i" + n, true)).Append(Observation.Met("i599", false));

        Assert.Throws<ArgumentException>("assessor", () => new Assessment("s1", AssessmentRound.Annual, null, column));
    }

    [Fact]
    public void Constructor_NullObservation_Throws() =>
        Assert.Throws<ArgumentException>(() => new Assessment("u", AssessmentRound.Annual, [null!], null));

    [Fact]
    public void Column_SelfOnly_AssessorIsNull()
    {
        var assessment = new Assessment("u", AssessmentRound.SelfAssessment, [Observation.Met("a", true)], null);
        Assert.True(assessment.HasSelf);
        Assert.False(assessment.HasAssessor);
        Assert.Null(assessment.Column(ScoreSide.Assessor));
        Assert.True(assessment.Column(ScoreSide.Self)!.ContainsKey("a"));
    }

    [Fact]
    public void Constructor_BlankUnitId_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new Assessment(" ", AssessmentRound.Annual, [], null));

    [Fact]
    public void Constructor_TwoObservationsForOneItemInTheAssessorColumn_ThrowsNamingTheColumn()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Assessment("u", AssessmentRound.Annual, [Observation.Met("a", true)], [Observation.Met("b", true), Observation.Met("b", false)]));

        Assert.Equal("assessor", ex.ParamName);
    }

    [Fact]
    public void Column_ReadTwice_SameDictionaryWithEveryObservation()
    {
        var assessment = new Assessment("u", AssessmentRound.Annual, [Observation.Met("a", true), Observation.Met("b", false)], null);

        Assert.Same(assessment.Column(ScoreSide.Self), assessment.Column(ScoreSide.Self));
        Assert.Equal(["a", "b"], assessment.Column(ScoreSide.Self)!.Keys.Order(StringComparer.Ordinal));
    }
}
