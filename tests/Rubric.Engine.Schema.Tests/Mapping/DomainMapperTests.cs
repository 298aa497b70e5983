namespace Rubric.Engine.Schema.Tests;

public sealed class DomainMapperTests
{
    [Fact]
    public void ToRubric_Defaults_FollowTheFormat()
    {
        var document = ValidatorFixtures.Rubric(ValidatorFixtures.Item("i1", 2m, new RuleDocument { Kind = "shortfall", Target = 20m, Rate = 0.2m }));

        var rubric = DomainMapper.ToRubric(document);

        Assert.Equal(UnitKind.School, rubric.UnitKind);
        Assert.Equal(MissingObservationPolicy.Error, rubric.MissingObservations);
        var rule = Assert.IsType<ShortfallRule>(rubric.Items[0].Rule);
        Assert.Equal(("人次", true, (decimal?)null), (rule.Unit, rule.NoneDoneLosesAll, rule.Cap));
    }

    [Fact]
    public void ToRubric_InvalidDocument_ThrowsArgumentExceptionForTheLoaderToCatch()
    {
        var document = ValidatorFixtures.Rubric(ValidatorFixtures.Item("i1", 1m, new RuleDocument { Kind = "flat", Loss = 5m }));

        Assert.ThrowsAny<ArgumentException>(() => DomainMapper.ToRubric(document));
    }
}
