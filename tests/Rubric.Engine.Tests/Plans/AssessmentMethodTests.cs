namespace Rubric.Engine.Tests.Plans;

public class AssessmentMethodTests
{
    [Theory]
    [InlineData(EvidenceMethods.None)]
    [InlineData(EvidenceMethods.Listen | EvidenceMethods.Look)]
    [InlineData((EvidenceMethods)64)]
    public void Constructor_NotExactlyOneMethod_Throws(EvidenceMethods method)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentMethod(method, "听", "听汇报"));
    }

    [Fact]
    public void Constructor_OneMethod_KeepsTheNameAndMeaning()
    {
        var method = new AssessmentMethod(EvidenceMethods.Ask, "问", "召开座谈会");

        Assert.Equal("问 (Ask): 召开座谈会", method.ToString());
    }
}
