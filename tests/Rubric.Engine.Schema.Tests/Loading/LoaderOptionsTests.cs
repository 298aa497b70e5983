namespace Rubric.Engine.Schema.Tests;

public sealed class LoaderOptionsTests
{
    [Fact]
    public void Default_Limits_AreTheDocumentedValues()
    {
        var options = LoaderOptions.Default;

        Assert.Equal((false, 16L * 1024 * 1024, 64, 10_000, 100_000), (options.Strict, options.MaxFileBytes, options.MaxDepth, options.MaxItems, options.MaxStringLength));
        Assert.Equal((250_000, 10_000_000, 1_000), (options.MaxValues, options.MaxAssessments, options.MaxConsecutiveFailures));
    }
}
