using Microsoft.Extensions.DependencyInjection;
using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.DependencyInjection;

public class RubricEngineServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRubricEngine_Default_SingletonEngine()
    {
        using var provider = new ServiceCollection().AddRubricEngine().BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();
        Assert.Same(engine, provider.GetRequiredService<ScoringEngine>());
        Assert.Equal(6, engine.RuleTypes.Count);
    }

    [Fact]
    public void AddRubricEngine_Registration_IsSingletonLifetime()
    {
        var services = new ServiceCollection().AddRubricEngine();
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(ScoringEngine)).Lifetime);
    }

    [Fact]
    public void AddRubricEngine_Configure_AppliedToEngine()
    {
        using var provider = new ServiceCollection()
            .AddRubricEngine(builder => builder.AddRuleKind(new TestDoubles.BonusRuleEvaluator()).AddStep(new TestDoubles.BonusStep(1m)))
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();
        Assert.Contains(typeof(TestDoubles.BonusRule), engine.RuleTypes);
        Assert.Single(engine.Steps);
    }

    [Fact]
    public void AddRubricEngine_ConfigureWithProvider_SeesServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new VetoOptions { ItemId = "t1.15" });
        services.AddRubricEngine((builder, sp) => builder.AddVeto(sp.GetRequiredService<VetoOptions>()));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<VetoStep>(Assert.Single(provider.GetRequiredService<ScoringEngine>().Steps));
    }

    [Fact]
    public void AddRubricEngine_CalledTwice_FirstRegistrationKept()
    {
        var services = new ServiceCollection()
            .AddRubricEngine(builder => builder.AddStep(new TestDoubles.BonusStep(1m)))
            .AddRubricEngine(builder => builder.AddStep(new TestDoubles.BonusStep(2m)).AddStep(new TestDoubles.BonusStep(3m)));
        Assert.Single(services, d => d.ServiceType == typeof(ScoringEngine));
        using var provider = services.BuildServiceProvider();
        Assert.Single(provider.GetRequiredService<ScoringEngine>().Steps);
    }

    [Fact]
    public void AddRubricEngine_EnginePreRegistered_Kept()
    {
        var mine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.BonusStep(1m)).Build();
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddRubricEngine();
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<ScoringEngine>());
    }

    [Fact]
    public void AddRubricEngine_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => RubricEngineServiceCollectionExtensions.AddRubricEngine(null!));

    [Fact]
    public void AddRubricEngine_NullConfigure_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddRubricEngine((Action<ScoringEngineBuilder>)null!));
}
