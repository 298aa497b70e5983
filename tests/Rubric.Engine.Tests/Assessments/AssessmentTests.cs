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

    [Fact]
    public void Observations_ColumnsGivenOutOfSheetOrder_TheOrderGivenAndNullForAColumnNotFilled()
    {
        var assessment = new Assessment("u", AssessmentRound.SelfAssessment, [Observation.Met("t1.10", true), Observation.Met("t1.2", false), Observation.Met("t1.1", true)], null);

        Assert.Equal(["t1.10", "t1.2", "t1.1"], assessment.Observations(ScoreSide.Self)!.Select(static o => o.ItemId));
        Assert.Null(assessment.Observations(ScoreSide.Assessor));
        Assert.IsNotType<Observation[]>(assessment.Observations(ScoreSide.Self));
    }

    [Fact]
    public void Create_ItemsRepeatedInBothColumns_ReportsEachItemAndColumnInsteadOfThrowing()
    {
        var result = Assessment.Create("school-01", AssessmentRound.Annual,
            self: [Observation.Missing("t1.9", 1), Observation.Met("t1.8", true), Observation.Missing("t1.9", 2)],
            assessor: [Observation.Met("t1.8", true), Observation.Met("t1.8", false), Observation.Met("t1.1", true), Observation.Met("t1.8", true)]);

        Assert.False(result.Succeeded);
        Assert.Null(result.Assessment);
        Assert.Equal(
            [(ScoringErrorCode.DuplicateObservation, ScoreSide.Self, "t1.9"), (ScoringErrorCode.DuplicateObservation, ScoreSide.Assessor, "t1.8")],
            result.Errors.Select(static e => (e.Code, e.Side!.Value, e.ItemId!)));
        Assert.Equal("RUB2008: item 't1.8' (assessor): 3 observations in the assessor column; expected one per item.", result.Errors[1].ToString());
    }

    [Fact]
    public void Create_NoColumns_ReportsMissingColumn()
    {
        var result = Assessment.Create("school-01", AssessmentRound.Annual, null, null);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ScoringErrorCode.MissingColumn, error.Code);
        Assert.Null(error.Side);
        Assert.Equal("RUB2009: The assessment of 'school-01' has neither a self nor an assessor column; give at least one.", error.ToString());
    }

    [Fact]
    public void Create_OneObservationPerItem_MakesTheAssessmentWithItsDetails()
    {
        var result = Assessment.Create("school-01", AssessmentRound.Annual,
            self: [Observation.Met("t1.8", true)],
            assessor: [Observation.Met("t1.8", false), Observation.Met("t1.1", true)],
            unitName: "盘龙镇云溪小学", rubricId: "panlong-theme-practice", date: new DateOnly(2011, 12, 15), assessedBy: "盘龙镇教管中心考核组", notes: "党课记录缺");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        var assessment = result.Assessment;
        Assert.Equal(("school-01", AssessmentRound.Annual, "盘龙镇云溪小学", "panlong-theme-practice"), (assessment.UnitId, assessment.Round, assessment.UnitName, assessment.RubricId));
        Assert.Equal((new DateOnly(2011, 12, 15), "盘龙镇教管中心考核组", "党课记录缺"), (assessment.Date!.Value, assessment.AssessedBy, assessment.Notes));
        Assert.Equal(["t1.8"], assessment.Column(ScoreSide.Self)!.Keys);
        Assert.False(assessment.Column(ScoreSide.Assessor)!["t1.8"].Values[ObservationKeys.Met].TryGetBoolean(out var met) && met);
    }

    [Fact]
    public void Create_RandomColumns_FailsExactlyWhenAnItemRepeatsAndNamesEveryRepeatedItem() =>
        Gen.Int[0, 40].Array[0, 700].Sample(static numbers =>
        {
            var column = numbers.Select(static n => Observation.Met("i" + (n * 17), true)).ToList();
            var repeated = numbers.GroupBy(static n => n).Where(static g => g.Count() > 1).Select(static g => "i" + (g.Key * 17)).ToArray();

            var result = Assessment.Create("s1", AssessmentRound.Annual, null, column);

            return result.Succeeded == (repeated.Length == 0)
                && result.Errors.Select(static e => e.ItemId).SequenceEqual(repeated)
                && result.Errors.All(static e => e.Side == ScoreSide.Assessor);
        }, iter: 300);

    [Fact]
    public void Create_BlankUnitId_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => Assessment.Create(" ", AssessmentRound.Annual, [], null));

    [Fact]
    public void Create_NullObservation_Throws() =>
        Assert.Throws<ArgumentException>("self", () => Assessment.Create("u", AssessmentRound.Annual, [null!], null));
}
