using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public class ScoringResultTests
{
    [Fact]
    public void Succeeded_ValidAssessment_ScorecardAndNoErrors()
    {
        var assessment = TestRubrics.AssessorOnly(TestRubrics.SeedAllDone());
        var result = ScoringEngine.Default.Score(TestRubrics.Seed(), assessment);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.Same(assessment, result.Assessment);
        Assert.Same(assessment, result.Scorecard.Assessment);
        Assert.Equal("school-01: 27 / 100", result.ToString());
    }

    [Fact]
    public void Succeeded_InvalidAssessment_ErrorsAndAssessmentKept()
    {
        var assessment = TestRubrics.AssessorOnly(Observation.Met("t1.1", true));
        var result = ScoringEngine.Default.Score(TestRubrics.Seed(), assessment);
        Assert.False(result.Succeeded);
        Assert.Same(assessment, result.Assessment);
        Assert.Equal(18, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ScoringErrorCode.MissingObservation, e.Code));
    }
}
