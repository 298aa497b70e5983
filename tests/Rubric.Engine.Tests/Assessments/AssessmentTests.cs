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
