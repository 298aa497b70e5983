namespace Rubric.Engine;

/// <summary>Adds the veto step to a <see cref="ScoringEngineBuilder"/>.</summary>
public static class VetoBuilderExtensions
{
    /// <summary>Adds a veto: when the item loses points, its stage, task or the total scores 0.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options; validated now.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder AddVeto(this ScoringEngineBuilder builder, VetoOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddStep(new VetoStep(options));
    }
}
