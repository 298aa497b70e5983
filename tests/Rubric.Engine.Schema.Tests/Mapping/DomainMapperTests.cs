namespace Rubric.Engine.Schema.Tests;

public sealed class DomainMapperTests
{
    [Fact]
    public void ToRubric_Defaults_FollowTheFormat()
    {
        var item = ValidatorFixtures.Item("i1", 2m, new RuleDocument { Kind = "flat" });

        var rubric = DomainMapper.ToRubric(ValidatorFixtures.Rubric(item), new Dictionary<ItemDocument, Item> { [item] = DomainMapper.ToItem(item, new FlatRule()) });

        Assert.Equal(UnitKind.School, rubric.UnitKind);
        Assert.Equal(MissingObservationPolicy.Error, rubric.MissingObservations);
        Assert.Equal((EvidenceMethods.None, 0), (rubric.Items[0].Methods, rubric.Items[0].Number));
    }

    [Fact]
    public void ToRubric_EveryName_ParsedToItsMember()
    {
        var item = ValidatorFixtures.Item("i1", 2m, new RuleDocument { Kind = "flat" });
        item.Methods = ["listen", "score"];
        var document = ValidatorFixtures.Rubric(item);
        (document.UnitKind, document.MissingObservations) = ("staffMember", "treatAsNotDone");
        document.Awards = [new AwardDocument { Id = "a", Name = "先进", UnitKind = "centre", Quota = new() { Count = 1 }, Rounding = "ceiling", Ties = new() { Resolution = "breakTies", Breakers = [new() { Kind = "smallerSelfGap" }] }, Eligibility = new() { RequiredRound = "selfAssessment" } }];

        var rubric = DomainMapper.ToRubric(document, new Dictionary<ItemDocument, Item> { [item] = DomainMapper.ToItem(item, new FlatRule()) });

        Assert.Equal((UnitKind.StaffMember, MissingObservationPolicy.TreatAsNotDone, EvidenceMethods.Listen | EvidenceMethods.Score), (rubric.UnitKind, rubric.MissingObservations, rubric.Items[0].Methods));
        var award = Assert.Single(rubric.AwardPolicies);
        Assert.Equal((UnitKind.Centre, QuotaRounding.Ceiling, TieResolution.BreakTies, TieBreakerKind.SmallerSelfGap, AssessmentRound.SelfAssessment), (award.UnitKind, award.Rounding, award.Ties.Resolution, award.Ties.Breakers[0].Kind, award.Eligibility.RequiredRound));
    }

    [Fact]
    public void ToItem_RuleDoesNotFitTheItem_ThrowsArgumentExceptionForTheLoaderToCatch()
    {
        var item = ValidatorFixtures.Item("i1", 1m, new RuleDocument { Kind = "flat", Loss = 5m });

        Assert.ThrowsAny<ArgumentException>(() => DomainMapper.ToItem(item, new FlatRule(5m)));
    }
}
