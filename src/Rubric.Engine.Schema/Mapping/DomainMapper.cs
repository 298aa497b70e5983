namespace Rubric.Engine.Schema;

/// <summary>Turns validated documents into the core model. Runs only when validation found no errors.</summary>
internal static class DomainMapper
{
    /// <summary>The rubric, of the items made with <see cref="ToItem"/>.</summary>
    public static RubricDefinition ToRubric(RubricDocument document, IReadOnlyDictionary<ItemDocument, Item> items)
    {
        var builder = RubricDefinition.CreateBuilder(document.Id, document.Title)
            .WithPoints(document.Points)
            .ForUnit(FormatNames.Parse<UnitKind>(document.UnitKind ?? "school"))
            .WithMissingObservations(FormatNames.Parse<MissingObservationPolicy>(document.MissingObservations ?? "error"));
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
            var stages = task.Stages.Select(s => new Stage(s.Id, s.Text, s.Points, s.Items.Select(i => items[i])));
            builder.AddTask(new RubricTask(task.Id, Whole(task.Number), task.Text, task.Points, stages));
        }

        foreach (var award in document.Awards ?? [])
        {
            builder.AddAwardPolicy(ToAward(award));
        }

        return builder.Build();
    }

    /// <summary>The item with its rule as its kind read it.</summary>
    /// <exception cref="ArgumentException">The rule does not fit the item (a loss above its points, say).</exception>
    public static Item ToItem(ItemDocument item, DeductionRule rule) =>
        new(item.Id, Whole(item.Number), item.Text, item.Points, rule, MethodsOf(item.Methods), item.Evidence);

    public static Roster ToRoster(RosterDocument document) => new(document.Bodies.Select(ToBody));

    public static AssessmentPlan ToPlan(PlanDocument document) => new(
        document.Id,
        document.Title,
        document.Rubrics.Select(static r => new PlanRubric(r.Id, FormatNames.Parse<UnitKind>(r.UnitKind), r.File)),
        document.Levels.Select(static l => new PlanLevel(
            FormatNames.Parse<BodyKind>(l.Body),
            l.Name,
            l.Assesses.Select(FormatNames.Parse<UnitKind>),
            l.Awards.Select(static a => a.ToBeAnnounced is { } text
                ? PlanAward.ToBeAnnounced(a.Id, a.Name, text, a.UnitKind.Length > 0 ? FormatNames.Parse<UnitKind>(a.UnitKind) : null)
                : PlanAward.Decided(ToAward(a))))),
        document.Rounds.Select(static r => new PlanRound(FormatNames.Parse<AssessmentRound>(r.Round), r.Name, r.When, r.CountsForAwards)),
        document.Methods.Select(static m => new AssessmentMethod(FormatNames.Parse<EvidenceMethods>(m.Method), m.Name, m.Meaning)));

    private static AwardPolicy ToAward(AwardDocument award)
    {
        var quota = award.Quota.Percent is { } percent ? AwardQuota.OfPercent(percent) : AwardQuota.OfCount(Whole(award.Quota.Count));
        var breakers = (award.Ties.Breakers ?? []).Select(static b => new TieBreaker(FormatNames.Parse<TieBreakerKind>(b.Kind), b.Target));
        var eligibility = award.Eligibility is { } e
            ? new AwardEligibility
            {
                MinimumScore = e.MinimumScore,
                ExcludeVetoed = e.ExcludeVetoed ?? false,
                RequiredRound = e.RequiredRound is { } round ? FormatNames.Parse<AssessmentRound>(round) : null,
            }
            : null;
        var ties = new TiePolicy(FormatNames.Parse<TieResolution>(award.Ties.Resolution), breakers);
        return new AwardPolicy(award.Id, award.Name, FormatNames.Parse<UnitKind>(award.UnitKind), quota, FormatNames.Parse<QuotaRounding>(award.Rounding), ties, eligibility);
    }

    private static AssessingBody ToBody(BodyDocument body) =>
        new(
            body.Id,
            body.Name,
            FormatNames.Parse<BodyKind>(body.Kind),
            (body.Units ?? []).Select(static u => new RosterUnit(
                u.Id,
                u.Name,
                FormatNames.Parse<UnitKind>(u.Kind),
                (u.Staff ?? []).Select(static s => new RosterUnit(s.Id, s.Name, UnitKind.StaffMember)))),
            (body.Bodies ?? []).Select(ToBody));

    private static int Whole(decimal? value) => value is { } v ? (int)v : 0;

    private static EvidenceMethods MethodsOf(List<string>? methods) =>
        (methods ?? []).Aggregate(EvidenceMethods.None, static (all, method) => all | FormatNames.Parse<EvidenceMethods>(method));
}
