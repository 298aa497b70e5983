namespace Rubric.Engine.Tests.Scoring.Veto;

public class VetoBuilderExtensionsTests
{
    [Fact]
    public void AddVeto_Options_AddsNamedVetoStep()
    {
        var step = Assert.Single(ScoringEngine.CreateBuilder().AddVeto(new VetoOptions { ItemId = "t1.15", Name = "stability" }).Build().Steps);
        Assert.IsType<VetoStep>(step);
        Assert.Equal("stability", step.Name);
    }

    [Fact]
    public void AddVeto_NullBuilder_Throws() =>
        Assert.Throws<ArgumentNullException>(() => VetoBuilderExtensions.AddVeto(null!, new VetoOptions { ItemId = "x" }));

    [Fact]
    public void AddVeto_InvalidOptions_ThrowsAtRegistration() =>
        Assert.Throws<ArgumentException>(() => ScoringEngine.CreateBuilder().AddVeto(new VetoOptions()));
}
