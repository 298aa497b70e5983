using System.Text.Json;

namespace Rubric.Engine.Schema;

/// <summary>
/// Writes a rubric in its JSON format (format version 1), as <see cref="RubricLoader"/> reads it
/// back: for a host that builds or edits rubrics in code (a web form, an import of its own).
/// </summary>
public static class RubricWriter
{
    /// <summary>Writes one rubric as one JSON object; the writer's options say how it is indented and escaped.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="rubric">The rubric.</param>
    /// <param name="ruleKinds">The rule kinds a host registered, beside the built-in kinds, each with its <see cref="RuleKind.Write"/>.</param>
    /// <exception cref="ArgumentException">
    /// An item's rule is of a kind that no rule kind given can write, or two rule kinds have the same
    /// name. Nothing is written then: a rule kind left out is a mistake of the program, not of its data.
    /// </exception>
    public static void Write(Utf8JsonWriter writer, RubricDefinition rubric, IEnumerable<RuleKind>? ruleKinds = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rubric);
        var kinds = RuleKind.Index(ruleKinds, nameof(ruleKinds));
        if (rubric.Items.FirstOrDefault(i => kinds.GetValueOrDefault(i.Rule.Kind)?.Write is null) is { } item)
        {
            throw new ArgumentException($"The rule of item '{item.Id}' is of kind '{item.Rule.Kind}', which no rule kind given can write; pass its RuleKind, made with a write function.", nameof(ruleKinds));
        }

        var document = new RubricDocument
        {
            FormatVersion = 1,
            Id = rubric.Id,
            Title = rubric.Title,
            UnitKind = FormatNames.Of(rubric.UnitKind),
            Points = rubric.Points,
            MissingObservations = FormatNames.Of(rubric.MissingObservations),
            BonusAbovePoints = rubric.BonusAbovePoints ? true : null,
            Incomplete = rubric.IncompleteNote,
            Tasks = [.. rubric.Tasks.Select(t => new TaskDocument
            {
                Id = t.Id,
                Number = t.Number,
                Text = t.Text,
                Points = t.Points,
                Stages = [.. t.Stages.Select(s => new StageDocument { Id = s.Id, Text = s.Text, Points = s.Points, Items = [.. s.Items.Select(i => ToDocument(i, kinds))] })],
            })],
            Awards = rubric.AwardPolicies.Count == 0 ? null : [.. rubric.AwardPolicies.Select(ToDocument)],
        };
        JsonSerializer.Serialize(writer, document, DocumentJsonContext.Default.RubricDocument);
    }

    private static ItemDocument ToDocument(Item item, Dictionary<string, RuleKind> kinds)
    {
        var kind = kinds[item.Rule.Kind];
        var parameters = kind.Write!(item.Rule)
            .Where(static m => m.Key != "kind")
            .ToDictionary(static m => m.Key, static m => JsonSerializer.SerializeToElement(m.Value, DocumentJsonContext.Default.JsonNode));
        return new ItemDocument
        {
            Id = item.Id,
            Number = item.Number,
            Text = item.Text,
            Points = item.Points,
            Methods = item.Methods == EvidenceMethods.None ? null : [.. Enum.GetValues<EvidenceMethods>().Where(m => m != EvidenceMethods.None && item.Methods.HasFlag(m)).Select(FormatNames.Of)],
            Evidence = item.Evidence.Count == 0 ? null : [.. item.Evidence],
            Rule = new RuleDocument { Kind = kind.Name, Parameters = parameters },
        };
    }

    private static AwardDocument ToDocument(AwardPolicy award) => new()
    {
        Id = award.Id,
        Name = award.Name,
        UnitKind = FormatNames.Of(award.UnitKind),
        Quota = new QuotaDocument { Percent = award.Quota.Percent, Count = award.Quota.Count },
        Rounding = FormatNames.Of(award.Rounding),
        Ties = new TiesDocument
        {
            Resolution = FormatNames.Of(award.Ties.Resolution),
            Breakers = award.Ties.Breakers.Count == 0 ? null : [.. award.Ties.Breakers.Select(static b => new TieBreakerDocument { Kind = FormatNames.Of(b.Kind), Target = b.TargetId })],
        },
        Eligibility = award.Eligibility is { MinimumScore: null, ExcludeVetoed: false, RequiredRound: null } ? null : new EligibilityDocument
        {
            MinimumScore = award.Eligibility.MinimumScore,
            ExcludeVetoed = award.Eligibility.ExcludeVetoed,
            RequiredRound = award.Eligibility.RequiredRound is { } round ? FormatNames.Of(round) : null,
        },
    };
}
