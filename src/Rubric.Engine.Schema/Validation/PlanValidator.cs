using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>A plan: unique ids and kinds, decided awards for unit kinds assessed and scored, one round counting; the sheets are the host's to read.</summary>
internal sealed class PlanValidator : AbstractValidator<PlanDocument>
{
    public PlanValidator()
    {
        RuleForEach(x => x.Levels).ChildRules(level =>
            level.RuleForEach(l => l.Awards).Where(static a => a.ToBeAnnounced is null).SetValidator(new AwardPolicyValidator(null)));
        RuleFor(x => x.Rounds).Must(static rounds => rounds.Count(static r => r.CountsForAwards) == 1).WithErrorCode(DiagnosticCodes.InconsistentPlan)
            .WithMessage(x => $"Exactly one round counts for awards; {x.Rounds.Count(static r => r.CountsForAwards)} do.");
        RuleFor(x => x).Custom(static (plan, context) =>
        {
            ValidationText.ReportDuplicates(context, plan.Rubrics.Select(static (r, i) => (r.Id, $"/rubrics/{i}/id")), "rubric");
            ValidationText.ReportDuplicates(context, plan.Rubrics.Select(static (r, i) => (r.UnitKind, $"/rubrics/{i}/unitKind")), "rubric", "unit kind");
            ValidationText.ReportDuplicates(context, plan.Rounds.Select(static (r, i) => (r.Round, $"/rounds/{i}/round")), "round", "round");
            ValidationText.ReportDuplicates(context, plan.Methods.Select(static (m, i) => (m.Method, $"/methods/{i}/method")), "method", "method");
            ValidationText.ReportDuplicates(context, plan.Levels.Select(static (l, i) => (l.Body, $"/levels/{i}/body")), "level", "body kind");
            ValidationText.ReportDuplicates(context, plan.Levels.SelectMany(static (l, i) => l.Awards.Select((a, j) => (a.Id, $"/levels/{i}/awards/{j}/id"))), "award");
            var counting = plan.Rounds.Where(static r => r.CountsForAwards).Select(static r => r.Round).ToArray();
            foreach (var (level, award, at) in plan.Levels.SelectMany(static (l, i) => l.Awards.Select((a, j) => (l, a, $"/levels/{i}/awards/{j}"))))
            {
                var problem = award.UnitKind.Length > 0 && !level.Assesses.Contains(award.UnitKind) ? $"which the {level.Name} level does not assess ({string.Join(", ", level.Assesses)})"
                    : award.ToBeAnnounced is null && plan.Rubrics.All(r => r.UnitKind != award.UnitKind) ? "but the plan names no rubric that scores them" : null;
                if (problem is not null)
                {
                    context.AddFailure(ValidationText.At(at + "/unitKind", DiagnosticCodes.InconsistentPlan, $"Award '{award.Id}' draws from {award.UnitKind}, {problem}."));
                }

                if (award.Eligibility?.RequiredRound is { } round && counting.Length == 1 && round != counting[0])
                {
                    context.AddFailure(ValidationText.At(at + "/eligibility/requiredRound", DiagnosticCodes.InconsistentPlan, $"Award '{award.Id}' requires the {round} round, but the plan's awards are decided on the {counting[0]} round."));
                }
            }
        });
    }
}
