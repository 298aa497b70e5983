namespace Rubric.Engine;

/// <summary>
/// One module's addition to the engine, registered as a service so that every module's additions
/// reach the engine however often <c>AddRubricEngine</c> is called. <see cref="Key"/> names what
/// it adds (a rule type, a step) so that the same thing is added once; a null key is never merged.
/// </summary>
internal sealed class EngineContribution(object? key, Action<ScoringEngineBuilder, IServiceProvider> apply)
{
    public object? Key { get; } = key;

    public Action<ScoringEngineBuilder, IServiceProvider> Apply { get; } = apply;
}
