using Rubric.Cli.Scoring;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Scoring;

public class ScoringErrorLocatorTests
{
    [Fact]
    public void Pointers_ValueError_MostPreciseFirst()
    {
        var error = new ScoringError(ScoringErrorCode.InvalidValue, ScoreSide.Self, "t1.7", "missing", "bad");

        Assert.Equal(["/self/t1.7/missing", "/self/t1.7", "/self", ""], ScoringErrorLocator.Pointers(error));
    }

    [Fact]
    public void Pointers_KeyWithSlash_EscapedPerRfc6901()
    {
        var error = new ScoringError(ScoringErrorCode.UnknownCondition, ScoreSide.Assessor, "t1.4", "a/b~c", "bad");

        Assert.Equal("/assessor/t1.4/a~1b~0c", ScoringErrorLocator.Pointers(error).First());
    }

    [Fact]
    public void Pointers_RubricMismatch_PointsAtTheRubricProperty()
    {
        var error = new ScoringError(ScoringErrorCode.RubricMismatch, null, null, null, "other rubric");

        Assert.Equal(["/rubric", ""], ScoringErrorLocator.Pointers(error));
    }
}
