using System.Text;

namespace Rubric.Engine;

/// <summary>
/// A plan's awards applied across a roster (<see cref="AwardCalculator.Calculate(AssessmentPlan, Roster, IEnumerable{ScoringResult})"/>):
/// one outcome per award of every level, and every assessment the plan could not use because it
/// is for a sheet the plan does not name. Nothing is dropped.
/// </summary>
public sealed class PlanAwardsReport
{
    internal PlanAwardsReport(AssessmentPlan plan, IReadOnlyList<PlanAwardOutcome> outcomes, IReadOnlyList<UnrankedUnit> notRouted)
    {
        PlanId = plan.Id;
        AwardRound = plan.AwardRound;
        Outcomes = outcomes;
        NotRouted = notRouted;
    }

    /// <summary>The plan's id.</summary>
    public string PlanId { get; }

    /// <summary>The round whose assessments decided the awards.</summary>
    public AssessmentRound AwardRound { get; }

    /// <summary>One outcome per award, level by level in the plan's order.</summary>
    public IReadOnlyList<PlanAwardOutcome> Outcomes { get; }

    /// <summary>Assessments for a rubric the plan does not name (<see cref="UnrankedReason.RubricNotInPlan"/>), in input order.</summary>
    public IReadOnlyList<UnrankedUnit> NotRouted { get; }

    /// <summary>Finds the outcome of one award.</summary>
    /// <param name="awardId">The award's id.</param>
    /// <returns>The outcome, or <see langword="null"/> when the plan has no such award.</returns>
    public PlanAwardOutcome? ForAward(string awardId) => Outcomes.FirstOrDefault(o => string.Equals(o.Award.Id, awardId, StringComparison.Ordinal));

    /// <summary>A multi-line report of every outcome and every assessment the plan could not use.</summary>
    /// <returns>The report.</returns>
    public string Describe()
    {
        var text = new StringBuilder().Append(PlanId).Append(": awards decided on the ").Append(AwardRound).AppendLine(" round");
        foreach (var outcome in Outcomes)
        {
            text.Append(outcome.Report?.Describe() ?? outcome + Environment.NewLine);
        }

        foreach (var unit in NotRouted)
        {
            text.Append("  ! ").AppendLine(unit.ToString());
        }

        return text.ToString();
    }
}
