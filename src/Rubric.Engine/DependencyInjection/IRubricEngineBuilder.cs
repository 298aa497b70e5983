using Microsoft.Extensions.DependencyInjection;

namespace Rubric.Engine;

/// <summary>
/// What <see cref="RubricEngineServiceCollectionExtensions.AddRubricEngine(IServiceCollection)"/>
/// returns: each module adds its rule kinds and steps here, and all of them reach the one
/// <see cref="ScoringEngine"/> the container builds.
/// </summary>
public interface IRubricEngineBuilder
{
    /// <summary>The services the engine is registered with.</summary>
    IServiceCollection Services { get; }
}
