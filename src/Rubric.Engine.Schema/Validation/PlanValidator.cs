using FluentValidation;

namespace Rubric.Engine.Schema;

/// <summary>
/// The meaning of a plan: unique ids, one sheet per unit kind and one level per body kind, every
/// decided award drawing from a unit kind its level assesses and a sheet scores, and exactly one
/// round counting for awards. Awards reuse the rubric's award checks; whether the sheets exist and
/// what their tie-breakers name is for whoever holds the files (<c>rubric validate</c>).
/// </summary>
internal sealed class PlanValidator : AbstractValidator<PlanDocument>
{
    public PlanValidator()
    {
        RuleForEach(x => x.Levels).ChildRules(level =>
            level.RuleForEach(l => l.Awards).Where(static a => a.ToBeAnnounced is null).SetValidator(new AwardPolicyValidator(null)));

        RuleFor(x => x.Rounds)
            .Must(static rounds => rounds.Count(static r => r.CountsForAwards) == 1)
            .WithErrorCode(DiagnosticCodes.InconsistentPlan)
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
            for (var i = 0; i < plan.Levels.Count; i++)
            {
                var level = plan.Levels[i];
                for (var j = 0; j < level.Awards.Count; j++)
                {
                    var award = level.Awards[j];
                    var at = $"/levels/{i}/awards/{j}";
                    if (award.UnitKind.Length > 0 && !level.Assesses.Contains(award.UnitKind))
                    {
                        context.AddFailure(ValidationText.At(at + "/unitKind", DiagnosticCodes.InconsistentPlan, $"Award '{award.Id}' draws from {award.UnitKind}, which the {level.Name} level does not assess ({string.Join(", ", level.Assesses)})."));
                    }
                    else if (award.ToBeAnnounced is null && plan.Rubrics.All(r => r.UnitKind != award.UnitKind))
                    {
                        context.AddFailure(ValidationText.At(at + "/unitKind", DiagnosticCodes.InconsistentPlan, $"Award '{award.Id}' draws from {award.UnitKind}, but the plan names no rubric that scores them."));
                    }

                    if (award.Eligibility?.RequiredRound is { } round && counting.Length == 1 && round != counting[0])
                    {
                        context.AddFailure(ValidationText.At(at + "/eligibility/requiredRound", DiagnosticCodes.InconsistentPlan, $"Award '{award.Id}' requires the {round} round, but the plan's awards are decided on the {counting[0]} round."));
                    }
                }
            }
        });
    }
}
