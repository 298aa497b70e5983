namespace Rubric.Engine;

/// <summary>One secondary measure of a <see cref="TiePolicy"/>.</summary>
public sealed class TieBreaker
{
    /// <summary>Creates a tie-breaker.</summary>
    /// <param name="kind">The measure.</param>
    /// <param name="targetId">The task or stage id for <see cref="TieBreakerKind.TaskScore"/> and <see cref="TieBreakerKind.StageScore"/>.</param>
    public TieBreaker(TieBreakerKind kind, string? targetId = null)
    {
        var needsTarget = kind is TieBreakerKind.TaskScore or TieBreakerKind.StageScore;
        if (needsTarget && string.IsNullOrWhiteSpace(targetId))
        {
            throw new ArgumentException($"A {kind} tie-breaker names its task or stage.", nameof(targetId));
        }

        if (!needsTarget && targetId is not null)
        {
            throw new ArgumentException($"A {kind} tie-breaker takes no target.", nameof(targetId));
        }

        Kind = kind;
        TargetId = targetId;
    }

    /// <summary>The measure.</summary>
    public TieBreakerKind Kind { get; }

    /// <summary>The task or stage id, where the measure needs one.</summary>
    public string? TargetId { get; }

    /// <inheritdoc/>
    public override string ToString() => TargetId is null ? Kind.ToString() : $"{Kind}({TargetId})";
}
