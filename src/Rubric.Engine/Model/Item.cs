namespace Rubric.Engine;

/// <summary>
/// One line of the scoring sheet: what is checked, how many points it is worth, and the
/// <see cref="DeductionRule"/> that turns an observation into lost points.
/// </summary>
public sealed class Item
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">Identifier, unique within the rubric (for example <c>t1.s2.i7</c>).</param>
    /// <param name="number">The number printed on the sheet.</param>
    /// <param name="text">The item text, verbatim.</param>
    /// <param name="points">The points the item is worth; greater than zero.</param>
    /// <param name="rule">How points are lost.</param>
    /// <param name="methods">How the item is checked.</param>
    /// <param name="evidence">What the item is checked on (records, materials, plans, visit logs).</param>
    /// <exception cref="ArgumentException">An argument is invalid, or the rule does not fit the points.</exception>
    public Item(string id, int number, string text, decimal points, DeductionRule rule, EvidenceMethods methods = EvidenceMethods.None, IEnumerable<string>? evidence = null)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rule);
        Number = number;
        Text = text;
        Points = Guard.Positive(points, nameof(points));
        Rule = rule;
        Methods = methods;
        Evidence = Guard.Items(evidence ?? [], nameof(evidence));
        rule.Validate(points);
    }

    /// <summary>Identifier, unique within the rubric.</summary>
    public string Id { get; }

    /// <summary>The number printed on the sheet.</summary>
    public int Number { get; }

    /// <summary>The item text, verbatim.</summary>
    public string Text { get; }

    /// <summary>The points the item is worth. Its score always lies in [0, <see cref="Points"/>].</summary>
    public decimal Points { get; }

    /// <summary>How points are lost.</summary>
    public DeductionRule Rule { get; }

    /// <summary>How the item is checked (听 看 查 问 评).</summary>
    public EvidenceMethods Methods { get; }

    /// <summary>What the item is checked on, such as records, materials, plans or visit logs.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Points.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
