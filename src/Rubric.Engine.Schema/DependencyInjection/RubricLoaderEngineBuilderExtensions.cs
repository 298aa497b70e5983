using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rubric.Engine.Schema;

/// <summary>Registers the <see cref="RubricLoader"/> beside the engine, reading the same rule kinds.</summary>
public static class RubricLoaderEngineBuilderExtensions
{
    /// <summary>
    /// Registers one <see cref="RubricLoader"/> singleton that reads every <see cref="RuleKind"/>
    /// added on the builder, by any module. A loader registered before is kept (TryAdd).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Strictness and limits; default <see cref="LoaderOptions.Default"/>.</param>
    /// <returns>The builder.</returns>
    public static IRubricEngineBuilder AddRubricLoader(this IRubricEngineBuilder builder, LoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(provider => new RubricLoader(options, provider.GetServices<RuleKind>()));
        return builder;
    }

    /// <summary>
    /// Adds a rule kind to the engine and to the loader (registered here if it is not yet). A kind
    /// name added already, by any module, is not added again.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="kind">The rule kind.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The kind takes the name of a built-in kind.</exception>
    public static IRubricEngineBuilder AddRuleKind(this IRubricEngineBuilder builder, RuleKind kind)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(kind);
        _ = RuleKind.Index([kind], nameof(kind)); // refused here, where the mistake is, rather than when the loader is first resolved
        builder.AddRubricLoader();
        if (!builder.Services.Any(d => d.ServiceType == typeof(RuleKind) && d.ImplementationInstance is RuleKind known && known.Name == kind.Name))
        {
            builder.Services.AddSingleton(kind);
            builder.AddRuleKind(kind.Evaluator);
        }

        return builder;
    }
}
