using System.Text;

namespace Rubric.Engine;

/// <summary>
/// One award policy applied across a roster: one <see cref="AwardResult"/> per assessing body, and
/// every assessment that names no unit of any body's population. Plain data, safe to serialize.
/// </summary>
public sealed class AwardReport
{
    internal AwardReport(AwardPolicy policy, IReadOnlyList<AwardResult> results, IReadOnlyList<UnrankedUnit> outsidePopulation)
    {
        PolicyId = policy.Id;
        PolicyName = policy.Name;
        UnitKind = policy.UnitKind;
        Results = results;
        OutsidePopulation = outsidePopulation;
    }

    /// <summary>The award policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>The award's name, verbatim.</summary>
    public string PolicyName { get; }

    /// <summary>The kind of unit ranked.</summary>
    public UnitKind UnitKind { get; }

    /// <summary>
    /// One result per assessing body of the roster, depth first in roster order
    /// (<see cref="Roster.AllBodies"/>), including bodies with an empty population, whose result is
    /// empty and says so.
    /// </summary>
    public IReadOnlyList<AwardResult> Results { get; }

    /// <summary>
    /// Assessments whose unit is in no body's population for <see cref="UnitKind"/>: not on the
    /// roster (<see cref="UnrankedReason.NotOnRoster"/>) or on it as another kind
    /// (<see cref="UnrankedReason.NotInPopulation"/>). Ordered by unit id, ordinal.
    /// </summary>
    public IReadOnlyList<UnrankedUnit> OutsidePopulation { get; }

    /// <summary>Finds the result of one body.</summary>
    /// <param name="bodyId">The body's id.</param>
    /// <returns>The result, or <see langword="null"/> when the roster has no such body.</returns>
    public AwardResult? ForBody(string bodyId) => Results.FirstOrDefault(r => string.Equals(r.BodyId, bodyId, StringComparison.Ordinal));

    /// <summary>A multi-line report of every body's result and every assessment outside the population.</summary>
    /// <returns>The report.</returns>
    public string Describe()
    {
        var text = new StringBuilder().AppendLine(ToString());
        foreach (var result in Results)
        {
            text.Append(result.Describe());
        }

        foreach (var unit in OutsidePopulation)
        {
            text.Append("  ! ").AppendLine(unit.ToString());
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{PolicyId} ({PolicyName}, {UnitKind}): {Results.Sum(static r => r.AwardedCount)} awarded across {Results.Count} bodies; {OutsidePopulation.Count} assessment(s) outside the population";
}
