using System.Globalization;

namespace Rubric.Engine.Schema;

/// <summary>Turns validated documents into the core model. Runs only when validation found no errors.</summary>
internal static class DomainMapper
{
    public static RubricDefinition ToRubric(RubricDocument document, IReadOnlyDictionary<RuleDocument, DeductionRule>? custom = null)
    {
        var builder = RubricDefinition.CreateBuilder(document.Id, document.Title)
            .WithPoints(document.Points)
            .ForUnit(UnitKindOf(document.UnitKind ?? "school"))
            .WithMissingObservations(document.MissingObservations == "treatAsNotDone" ? MissingObservationPolicy.TreatAsNotDone : MissingObservationPolicy.Error);
        if (document.BonusAbovePoints == true)
        {
            builder.AllowBonusAbovePoints();
        }

        if (document.Incomplete is { } note)
        {
            builder.MarkIncomplete(note);
        }

        foreach (var task in document.Tasks)
        {
            var stages = task.Stages.Select(s => new Stage(s.Id, s.Text, s.Points, s.Items.Select(i => ToItem(i, custom))));
            builder.AddTask(new RubricTask(task.Id, Whole(task.Number), task.Text, task.Points, stages));
        }

        foreach (var award in document.Awards ?? [])
        {
            builder.AddAwardPolicy(ToAward(award));
        }

        return builder.Build();
    }

    public static Roster ToRoster(RosterDocument document) => new(document.Bodies.Select(ToBody));

    public static AssessmentPlan ToPlan(PlanDocument document) => new(
        document.Id,
        document.Title,
        document.Rubrics.Select(static r => new PlanRubric(r.Id, UnitKindOf(r.UnitKind), r.File)),
        document.Levels.Select(static l => new PlanLevel(
            BodyKindOf(l.Body),
            l.Name,
            l.Assesses.Select(UnitKindOf),
            l.Awards.Select(static a => a.ToBeAnnounced is { } text
                ? PlanAward.ToBeAnnounced(a.Id, a.Name, text, a.UnitKind.Length > 0 ? UnitKindOf(a.UnitKind) : null)
                : PlanAward.Decided(ToAward(a))))),
        document.Rounds.Select(static r => new PlanRound(RoundOf(r.Round), r.Name, r.When, r.CountsForAwards)),
        document.Methods.Select(static m => new AssessmentMethod(MethodsOf([m.Method]), m.Name, m.Meaning)));

    private static Item ToItem(ItemDocument item, IReadOnlyDictionary<RuleDocument, DeductionRule>? custom) =>
        new(item.Id, Whole(item.Number), item.Text, item.Points, custom?.GetValueOrDefault(item.Rule) ?? ToRule(item.Rule), MethodsOf(item.Methods), item.Evidence);


    private static DeductionRule ToRule(RuleDocument rule) => rule.Kind switch
    {
        FlatRule.KindName => new FlatRule(rule.Loss),
        AnyOfRule.KindName => new AnyOfRule((rule.Conditions ?? []).Select(static c => new RuleCondition(c.Id, c.Text, c.EnglishText)), rule.Loss),
        PerUnitRule.KindName => new PerUnitRule(rule.Rate ?? 0m, rule.Cap, rule.NoneDoneLosesAll ?? true, rule.Unit ?? "人次"),
        ShortfallRule.KindName => new ShortfallRule(Whole(rule.Target), rule.Rate ?? 0m, rule.Cap, rule.NoneDoneLosesAll ?? true, rule.Unit ?? "人次"),
        TieredRule.KindName => new TieredRule((rule.Levels ?? []).Select(static l => new RuleLevel(l.Id, l.Text, l.Loss, l.EnglishText))),
        JudgedRule.KindName => new JudgedRule(rule.Step),
        _ => throw new ArgumentException($"Unknown rule kind '{rule.Kind}'.", nameof(rule)),
    };

    private static AwardPolicy ToAward(AwardDocument award)
    {
        var quota = award.Quota.Percent is { } percent ? AwardQuota.OfPercent(percent) : AwardQuota.OfCount(Whole(award.Quota.Count));
        var rounding = award.Rounding switch
        {
            "floor" => QuotaRounding.Floor,
            "ceiling" => QuotaRounding.Ceiling,
            "nearest" => QuotaRounding.Nearest,
            _ => throw new ArgumentException($"Unknown rounding '{award.Rounding}'.", nameof(award)),
        };
        var resolution = award.Ties.Resolution switch
        {
            "includeAll" => TieResolution.IncludeAll,
            "excludeAll" => TieResolution.ExcludeAll,
            "breakTies" => TieResolution.BreakTies,
            _ => throw new ArgumentException($"Unknown tie resolution '{award.Ties.Resolution}'.", nameof(award)),
        };
        var breakers = (award.Ties.Breakers ?? []).Select(static b => new TieBreaker(BreakerKindOf(b.Kind), b.Target));
        var eligibility = award.Eligibility is { } e
            ? new AwardEligibility
            {
                MinimumScore = e.MinimumScore,
                ExcludeVetoed = e.ExcludeVetoed ?? false,
                RequiredRound = e.RequiredRound is { } round ? RoundOf(round) : null,
            }
            : null;
        return new AwardPolicy(award.Id, award.Name, UnitKindOf(award.UnitKind), quota, rounding, new TiePolicy(resolution, breakers), eligibility);
    }

    private static AssessingBody ToBody(BodyDocument body) =>
        new(
            body.Id,
            body.Name,
            BodyKindOf(body.Kind),
            (body.Units ?? []).Select(static u => new RosterUnit(
                u.Id,
                u.Name,
                UnitKindOf(u.Kind),
                (u.Staff ?? []).Select(static s => new RosterUnit(s.Id, s.Name, UnitKind.StaffMember)))),
            (body.Bodies ?? []).Select(ToBody));

    private static BodyKind BodyKindOf(string kind) => kind == "county" ? BodyKind.County : BodyKind.Centre;

    private static int Whole(decimal? value) => value is { } v ? (int)v : 0;

    private static UnitKind UnitKindOf(string kind) => kind switch
    {
        "school" => UnitKind.School,
        "staffMember" => UnitKind.StaffMember,
        "centre" => UnitKind.Centre,
        _ => throw new ArgumentException($"Unknown unit kind '{kind}'.", nameof(kind)),
    };

    private static AssessmentRound RoundOf(string round) => round switch
    {
        "selfAssessment" => AssessmentRound.SelfAssessment,
        "annual" => AssessmentRound.Annual,
        "unannounced" => AssessmentRound.Unannounced,
        _ => throw new ArgumentException($"Unknown round '{round}'.", nameof(round)),
    };

    private static TieBreakerKind BreakerKindOf(string kind) => kind switch
    {
        "taskScore" => TieBreakerKind.TaskScore,
        "stageScore" => TieBreakerKind.StageScore,
        "fewerItemsLost" => TieBreakerKind.FewerItemsLost,
        "smallerSelfGap" => TieBreakerKind.SmallerSelfGap,
        _ => throw new ArgumentException($"Unknown tie-breaker '{kind}'.", nameof(kind)),
    };

    private static EvidenceMethods MethodsOf(List<string>? methods)
    {
        var result = EvidenceMethods.None;
        foreach (var method in methods ?? [])
        {
            result |= method switch
            {
                "listen" => EvidenceMethods.Listen,
                "look" => EvidenceMethods.Look,
                "check" => EvidenceMethods.Check,
                "ask" => EvidenceMethods.Ask,
                "score" => EvidenceMethods.Score,
                _ => throw new ArgumentException($"Unknown method '{method}'.", nameof(methods)),
            };
        }

        return result;
    }
}
