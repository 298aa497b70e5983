using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rubric.Engine;

/// <summary>Registers a <see cref="ScoringEngine"/> with a service collection.</summary>
public static class RubricEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="ScoringEngine"/> singleton with the built-in rule kinds. A
    /// registration already present is kept (TryAdd).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRubricEngine(this IServiceCollection services) =>
        services.AddRubricEngine(static (_, _) => { });

    /// <summary>
    /// Registers one <see cref="ScoringEngine"/> singleton, built on first use by
    /// <paramref name="configure"/>. A registration already present is kept (TryAdd).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds rule kinds and steps; may resolve services it needs.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRubricEngine(this IServiceCollection services, Action<ScoringEngineBuilder, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(provider =>
        {
            var builder = new ScoringEngineBuilder();
            configure(builder, provider);
            return builder.Build();
        });
        return services;
    }

    /// <summary>Registers one <see cref="ScoringEngine"/> singleton configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds rule kinds and steps.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRubricEngine(this IServiceCollection services, Action<ScoringEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddRubricEngine((builder, _) => configure(builder));
    }
}
