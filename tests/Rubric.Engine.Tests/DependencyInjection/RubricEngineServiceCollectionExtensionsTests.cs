using Microsoft.Extensions.DependencyInjection;
using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.DependencyInjection;

public class RubricEngineServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRubricEngine_Default_SingletonEngine()
    {
        using var provider = Provider(services => services.AddRubricEngine());
        var engine = provider.GetRequiredService<ScoringEngine>();
        Assert.Same(engine, provider.GetRequiredService<ScoringEngine>());
        Assert.Equal(6, engine.RuleTypes.Count);
    }

    [Fact]
    public void AddRubricEngine_Registration_IsSingletonLifetime()
    {
        var services = new ServiceCollection();
        services.AddRubricEngine();
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(ScoringEngine)).Lifetime);
    }

    [Fact]
    public void AddRubricEngine_ReturnsBuilderOverSameServices()
    {
        var services = new ServiceCollection();
        Assert.Same(services, services.AddRubricEngine().Services);
    }

    [Fact]
    public void AddRubricEngine_Configure_AppliedToEngine()
    {
        using var provider = Provider(services => services
            .AddRubricEngine(builder => builder.AddRuleKind(new TestDoubles.BonusRuleEvaluator()).AddStep(new TestDoubles.BonusStep(1m))));
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
    public void AddRubricEngine_TwoModules_EngineHasBothModulesKindsAndSteps()
    {
        using var provider = Provider(services =>
        {
            services.AddRubricEngine().AddRuleKind<TestDoubles.BonusRule, TestDoubles.BonusRuleEvaluator>();
            services.AddRubricEngine().AddStep(new TestDoubles.BonusStep(1m)).AddStep<NamedStep>();
        });
        var engine = provider.GetRequiredService<ScoringEngine>();
        Assert.Contains(typeof(TestDoubles.BonusRule), engine.RuleTypes);
        Assert.Equal(["bonus", "named"], engine.Steps.Select(s => s.Name));
    }

    [Fact]
    public void AddRubricEngine_CalledTwiceWithSameAdditions_RegistersEachOnce()
    {
        var services = new ServiceCollection();
        for (var i = 0; i < 2; i++)
        {
            services.AddRubricEngine()
                .AddRuleKind<TestDoubles.BonusRule, TestDoubles.BonusRuleEvaluator>()
                .AddStep<NamedStep>()
                .AddStep(new TestDoubles.BonusStep(1m));
        }

        Assert.Single(services, d => d.ServiceType == typeof(ScoringEngine));
        Assert.Single(services, d => d.ServiceType == typeof(TestDoubles.BonusRuleEvaluator));
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();
        Assert.Equal(7, engine.RuleTypes.Count);
        Assert.Equal(["named", "bonus"], engine.Steps.Select(s => s.Name));
    }

    [Fact]
    public void AddRuleKind_SameRuleTypeTwice_AddedOnce()
    {
        var services = new ServiceCollection();
        services.AddRubricEngine()
            .AddRuleKind(new TestDoubles.BonusRuleEvaluator())
            .AddRuleKind(new TestDoubles.BonusRuleEvaluator());
        Assert.Single(services, d => d.ImplementationInstance is EngineContribution);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(7, provider.GetRequiredService<ScoringEngine>().RuleTypes.Count);
    }

    [Fact]
    public void AddRuleKind_EvaluatorOfAnotherRule_ThrowsWhenEngineBuilt()
    {
        using var provider = Provider(services => services.AddRubricEngine().AddRuleKind<FlatRule, TestDoubles.BonusRuleEvaluator>());
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ScoringEngine>());
    }

    [Fact]
    public void AddStep_Generic_CreatedByContainerWithItsServices()
    {
        using var provider = Provider(services =>
        {
            services.AddSingleton(new VetoOptions { ItemId = "t1.15" });
            services.AddRubricEngine().AddStep<VetoStep>();
        });
        Assert.IsType<VetoStep>(Assert.Single(provider.GetRequiredService<ScoringEngine>().Steps));
    }

    [Fact]
    public void AddRubricEngine_EnginePreRegistered_Kept()
    {
        var mine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.BonusStep(1m)).Build();
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddRubricEngine().AddStep<NamedStep>();
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<ScoringEngine>());
    }

    [Fact]
    public void AddRubricEngine_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => RubricEngineServiceCollectionExtensions.AddRubricEngine(null!));

    [Fact]
    public void AddRubricEngine_NullConfigure_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddRubricEngine((Action<ScoringEngineBuilder>)null!));

    private static ServiceProvider Provider(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider();
    }

    public sealed class NamedStep : IScoringStep
    {
        public string Name => "named";

        public void Apply(ScoringStepContext context)
        {
        }
    }
}
