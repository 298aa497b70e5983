namespace Rubric.Engine;

/// <summary>
/// An award category drawn from a rubric's scores: 先进集体 (25 % of a centre's schools) or
/// 先进个人 (10 % of its staff), with the rounding, eligibility and tie policy that make every
/// name on the list defensible.
/// </summary>
public sealed class AwardPolicy
{
    /// <summary>Creates an award policy.</summary>
    /// <param name="id">Identifier, unique within the rubric.</param>
    /// <param name="name">The category name, verbatim (先进集体).</param>
    /// <param name="unitKind">The kind of unit it draws from.</param>
    /// <param name="quota">How many it names.</param>
    /// <param name="rounding">How a fractional quota becomes a count.</param>
    /// <param name="ties">How ties at the cut-off are treated.</param>
    /// <param name="eligibility">Who may be ranked; default anyone.</param>
    public AwardPolicy(string id, string name, UnitKind unitKind, AwardQuota quota, QuotaRounding rounding, TiePolicy ties, AwardEligibility? eligibility = null)
    {
        Id = Guard.Id(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(ties);
        Name = name;
        UnitKind = unitKind;
        Quota = quota;
        Rounding = rounding;
        Ties = ties;
        Eligibility = eligibility ?? AwardEligibility.None;
    }

    /// <summary>Identifier, unique within the rubric.</summary>
    public string Id { get; }

    /// <summary>The category name, verbatim.</summary>
    public string Name { get; }

    /// <summary>The kind of unit it draws from.</summary>
    public UnitKind UnitKind { get; }

    /// <summary>How many it names.</summary>
    public AwardQuota Quota { get; }

    /// <summary>How a fractional quota becomes a count.</summary>
    public QuotaRounding Rounding { get; }

    /// <summary>How ties at the cut-off are treated.</summary>
    public TiePolicy Ties { get; }

    /// <summary>Who may be ranked.</summary>
    public AwardEligibility Eligibility { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Name}, {Quota})";
}
