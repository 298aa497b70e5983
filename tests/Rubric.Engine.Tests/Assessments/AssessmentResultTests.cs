namespace Rubric.Engine.Tests.Assessments;

public class AssessmentResultTests
{
    [Fact]
    public void ToString_Failure_ListsEveryError()
    {
        var result = Assessment.Create("school-01", AssessmentRound.Annual, [Observation.Met("t1.1", true), Observation.Met("t1.1", false)], null);

        Assert.Equal("1 error(s): RUB2008: item 't1.1' (self): 2 observations in the self column; expected one per item.", result.ToString());
    }

    [Fact]
    public void ToString_Success_ShowsTheAssessment()
    {
        var result = Assessment.Create("school-01", AssessmentRound.Annual, [Observation.Met("t1.1", true)], null);

        Assert.Equal("school-01 (Annual)", result.ToString());
    }
}
