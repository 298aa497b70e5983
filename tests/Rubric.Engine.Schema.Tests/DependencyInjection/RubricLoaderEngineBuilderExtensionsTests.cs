using Microsoft.Extensions.DependencyInjection;

namespace Rubric.Engine.Schema.Tests;

public sealed class RubricLoaderEngineBuilderExtensionsTests
{
    [Fact]
    public void AddRubricLoader_Default_SingletonLoaderWithOptions()
    {
        var options = new LoaderOptions { Strict = true };
        var services = new ServiceCollection();
        services.AddRubricEngine().AddRubricLoader(options);
        using var provider = services.BuildServiceProvider();

        var loader = provider.GetRequiredService<RubricLoader>();
        Assert.Same(loader, provider.GetRequiredService<RubricLoader>());
        Assert.Same(options, loader.Options);
        Assert.Equal(RuleKind.BuiltIn, loader.RuleKinds);
    }

    [Fact]
    public void AddRuleKind_TwoModules_LoaderAndEngineKnowTheKindOnce()
    {
        var services = new ServiceCollection();
        services.AddRubricEngine().AddRuleKind(AttendanceKind.Create());
        services.AddRubricEngine().AddRubricLoader().AddRuleKind(AttendanceKind.Create());
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(RubricLoader));
        Assert.Equal("attendance", Assert.Single(provider.GetRequiredService<RubricLoader>().RuleKinds.Except(RuleKind.BuiltIn)).Name);
        Assert.Contains(typeof(AttendanceKind.AttendanceRule), provider.GetRequiredService<ScoringEngine>().RuleTypes);
    }

    [Fact]
    public void AddRuleKind_LoadedRubric_ScoredByRegisteredEngine()
    {
        var services = new ServiceCollection();
        services.AddRubricEngine().AddRuleKind(AttendanceKind.Create());
        using var provider = services.BuildServiceProvider();
        var rubric = provider.GetRequiredService<RubricLoader>()
            .ParseRubric(TestFiles.Utf8(AttendanceKind.Rubric("""{ "kind": "attendance", "perAbsence": 0.5 }""")));
        var assessment = new Assessment("school-01", AssessmentRound.Annual, self: null,
            assessor: [Observation.Met("i1", false), Observation.Of("i2", ("absences", 1m))]);

        var result = provider.GetRequiredService<ScoringEngine>().Score(rubric.Value!, assessment);

        Assert.Equal(0.5m, result.Scorecard!.Total.Assessor);
    }

    [Fact]
    public void AddRuleKind_NameOfABuiltInKind_ThrowsAtRegistration()
    {
        var judged = new RuleKind(JudgedRule.KindName, new JudgedRuleEvaluator(), "{}", static _ => new JudgedRule());

        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddRubricEngine().AddRuleKind(judged));
    }
}
