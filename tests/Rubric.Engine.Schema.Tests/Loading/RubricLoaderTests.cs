using System.Text;

namespace Rubric.Engine.Schema.Tests;

public sealed class RubricLoaderTests
{
    private static readonly RubricLoader Loader = new();

    [Fact]
    public void LoadRubric_ValidFixture_BuildsEveryRuleKindAndAward()
    {
        var result = Loader.LoadRubric(TestFiles.Fixture("valid.rubric.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var rubric = result.Value;
        Assert.Equal("fixture-rubric", rubric.Id);
        Assert.Equal(12m, rubric.Points);
        Assert.Equal(MissingObservationPolicy.TreatAsNotDone, rubric.MissingObservations);
        Assert.Equal(["flat", "anyOf", "perUnit", "shortfall", "tiered", "flat", "judged", "judged"], rubric.Items.Select(static i => i.Rule.Kind));
        Assert.Equal(EvidenceMethods.Ask | EvidenceMethods.Score, rubric.Items[6].Methods);
        var perUnit = Assert.IsType<PerUnitRule>(rubric.Items[2].Rule);
        Assert.Equal(0.5m, perUnit.Rate);
        Assert.Equal("人", perUnit.Unit);
        Assert.True(perUnit.NoneDoneLosesAll);
        var shortfall = Assert.IsType<ShortfallRule>(rubric.Items[3].Rule);
        Assert.Equal(20, shortfall.Target);
        Assert.Equal(0.2m, shortfall.Rate);
        Assert.Equal(2, rubric.AwardPolicies.Count);
        var collective = rubric.AwardPolicies[0];
        Assert.Equal(25m, collective.Quota.Percent);
        Assert.Equal(QuotaRounding.Nearest, collective.Rounding);
        Assert.Equal(TieResolution.BreakTies, collective.Ties.Resolution);
        Assert.Equal(3, collective.Ties.Breakers.Count);
        Assert.Equal(6m, collective.Eligibility.MinimumScore);
        Assert.Equal(AssessmentRound.Annual, collective.Eligibility.RequiredRound);
        Assert.Equal(2, rubric.AwardPolicies[1].Quota.Count);
    }

    [Fact]
    public void LoadAssessment_ValidFixture_ReadsBothColumnsNotesAndEvidence()
    {
        var result = Loader.LoadAssessment(TestFiles.Fixture("valid.assessment.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var assessment = result.Value;
        Assert.Equal("school-01", assessment.UnitId);
        Assert.Equal("盘龙镇中心小学", assessment.UnitName);
        Assert.Equal(new DateOnly(2011, 12, 15), assessment.Date);
        Assert.Equal(AssessmentRound.Annual, assessment.Round);
        var assessor = assessment.Column(ScoreSide.Assessor)!;
        Assert.Equal("副校长未交", assessor["t1.7"].Note);
        Assert.Equal(["党性分析材料汇编"], assessor["t1.7"].Evidence);
        Assert.True(assessor["t1.7"].TryGetValue("missing", out var missing) && missing == 1);
        Assert.True(assessor["t1.16"].TryGetValue("awarded", out var awarded) && awarded == 1.5m);
        Assert.True(assessor["t2.6"].TryGetValue("level", out var level) && level == "late");
        Assert.Equal(3, assessment.Column(ScoreSide.Self)!.Count);
    }

    [Fact]
    public void LoadRoster_ValidFixture_BuildsNestedBodiesAndStaff()
    {
        var result = Loader.LoadRoster(TestFiles.Fixture("valid.roster.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var county = Assert.Single(result.Value.Bodies);
        Assert.Equal(BodyKind.County, county.Kind);
        var centre = Assert.Single(county.Bodies);
        Assert.Equal(2, centre.Population(UnitKind.School).Count);
        Assert.Equal(2, centre.Population(UnitKind.StaffMember).Count);
        Assert.Equal(UnitKind.StaffMember, centre.Units[0].Staff[0].Kind);
    }
}
