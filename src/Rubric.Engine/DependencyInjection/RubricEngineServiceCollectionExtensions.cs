using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rubric.Engine;

/// <summary>Registers a <see cref="ScoringEngine"/> with a service collection, composed from every module's rule kinds and steps.</summary>
/// <example>
/// <code>
/// services.AddRubricEngine()
///     .AddRuleKind&lt;AttendanceRule, AttendanceRuleEvaluator&gt;()
///     .AddStep(new VetoStep(new VetoOptions { ItemId = "t1.15" }));
/// </code>
/// </example>
public static class RubricEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="ScoringEngine"/> singleton with the built-in rule kinds and every rule
    /// kind and step added on the returned builder, by this call or any other. Calling it again adds
    /// nothing twice; an engine registered before is kept (TryAdd).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The builder on which to add rule kinds and steps.</returns>
    public static IRubricEngineBuilder AddRubricEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(static provider =>
        {
            var builder = new ScoringEngineBuilder();
            foreach (var contribution in provider.GetServices<EngineContribution>())
            {
                contribution.Apply(builder, provider);
            }

            return builder.Build();
        });
        return new Builder(services);
    }

    /// <summary>Registers the engine and adds <paramref name="configure"/> to what builds it.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds rule kinds and steps; may resolve services it needs.</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder AddRubricEngine(this IServiceCollection services, Action<ScoringEngineBuilder, IServiceProvider> configure) =>
        services.AddRubricEngine().Configure(configure);

    /// <summary>Registers the engine and adds <paramref name="configure"/> to what builds it.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds rule kinds and steps.</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder AddRubricEngine(this IServiceCollection services, Action<ScoringEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddRubricEngine().Configure((builder, _) => configure(builder));
    }

    /// <summary>Adds a configuration of the engine builder; every one added runs, in the order added.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Adds rule kinds and steps; may resolve services it needs (options, for example).</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder Configure(this IRubricEngineBuilder builder, Action<ScoringEngineBuilder, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddSingleton(new EngineContribution(null, configure));
        return builder;
    }

    /// <summary>
    /// Adds a rule kind whose evaluator the container creates (and may inject). A rule type added
    /// already, by any module, keeps its first evaluator.
    /// </summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <typeparam name="TEvaluator">Its evaluator.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder AddRuleKind<TRule, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TEvaluator>(this IRubricEngineBuilder builder)
        where TRule : DeductionRule
        where TEvaluator : class, IRuleEvaluator
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TEvaluator>();
        return builder.Contribute(typeof(TRule), static (engine, provider) =>
        {
            var evaluator = provider.GetRequiredService<TEvaluator>();
            if (evaluator.RuleType != typeof(TRule))
            {
                throw new InvalidOperationException($"{typeof(TEvaluator).Name} evaluates {evaluator.RuleType.Name}, not {typeof(TRule).Name}.");
            }

            engine.AddRuleKind(evaluator);
        });
    }

    /// <summary>Adds a rule kind. A rule type added already, by any module, keeps its first evaluator.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="evaluator">The evaluator of the rule kind.</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder AddRuleKind(this IRubricEngineBuilder builder, IRuleEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(evaluator);
        return builder.Contribute(evaluator.RuleType, (engine, _) => engine.AddRuleKind(evaluator));
    }

    /// <summary>Adds a step the container creates (and may inject). The same step type is added once.</summary>
    /// <typeparam name="TStep">The step.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder AddStep<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStep>(this IRubricEngineBuilder builder)
        where TStep : class, IScoringStep
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TStep>();
        return builder.Contribute(typeof(TStep), static (engine, provider) => engine.AddStep(provider.GetRequiredService<TStep>()));
    }

    /// <summary>
    /// Adds a step; steps run in the order added. A step is known by its name (the name its
    /// adjustments carry): a name added already, by any module, is not added again.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="step">The step.</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder AddStep(this IRubricEngineBuilder builder, IScoringStep step)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentException.ThrowIfNullOrWhiteSpace(step.Name, nameof(step));
        return builder.Contribute("step:" + step.Name, (engine, _) => engine.AddStep(step));
    }

    private static IRubricEngineBuilder Contribute(this IRubricEngineBuilder builder, object key, Action<ScoringEngineBuilder, IServiceProvider> apply)
    {
        if (!builder.Services.Any(d => d.ServiceType == typeof(EngineContribution) && d.ImplementationInstance is EngineContribution c && key.Equals(c.Key)))
        {
            builder.Services.AddSingleton(new EngineContribution(key, apply));
        }

        return builder;
    }

    private sealed class Builder(IServiceCollection services) : IRubricEngineBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
