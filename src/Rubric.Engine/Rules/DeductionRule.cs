namespace Rubric.Engine;

/// <summary>
/// How an item loses points: the parameters of one rule kind (a loss, a rate and cap, levels).
/// A rule is data; a <see cref="RuleEvaluator{TRule}"/> registered with the
/// <see cref="ScoringEngineBuilder"/> applies it. Derive from this class to add a rule kind.
/// </summary>
public abstract class DeductionRule
{
    /// <summary>The rule kind's name as written in rubric files, such as <c>flat</c> or <c>perUnit</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>
    /// Checks that the rule fits an item worth <paramref name="itemPoints"/> (a cap or loss no
    /// larger than the points, say). Called when the item is created.
    /// </summary>
    /// <param name="itemPoints">The item's points.</param>
    /// <exception cref="ArgumentException">The rule does not fit the item.</exception>
    protected internal virtual void Validate(decimal itemPoints)
    {
    }

    /// <summary>Throws when <paramref name="value"/> exceeds the item's points.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="itemPoints">The item's points.</param>
    /// <param name="name">The parameter's name, for the message.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is larger than <paramref name="itemPoints"/>.</exception>
    protected static void EnsureWithinPoints(decimal value, decimal itemPoints, string name)
    {
        if (value > itemPoints)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} {PointsFormat.Format(value)} exceeds the item's {PointsFormat.Format(itemPoints)} points.");
        }
    }
}
