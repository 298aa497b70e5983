using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public class AwardReportTests
{
    [Fact]
    public void ForBody_UnknownBody_ReturnsNull()
    {
        var report = AwardCalculator.Calculate(Policy(), Roster("a"), []);

        Assert.Null(report.ForBody("nowhere"));
        Assert.NotNull(report.ForBody(Centre));
    }

    [Fact]
    public void OutsidePopulation_SeveralStrangers_AreOrderedByUnitId()
    {
        var policy = Policy();
        var rubric = Sheet(policy);

        var report = AwardCalculator.Calculate(policy, Roster("a"), [Score(rubric, Assessed("zz", 1m, 1m)), Score(rubric, Broken("bb")), Score(rubric, Assessed("mm", 1m, 1m))]);

        Assert.Equal(["bb", "mm", "zz"], Ids(report.OutsidePopulation));
        Assert.Null(report.OutsidePopulation[0].Score);
        Assert.Equal(22m, report.OutsidePopulation[1].Score);
    }

    [Fact]
    public void ToString_WorkedExample_CountsAwardsBodiesAndStrangers()
    {
        var report = AwardCalculator.Calculate(WorkedExample.Policy, WorkedExample.Roster, WorkedExample.Results());

        Assert.Equal("advanced-collective (先进集体, School): 2 awarded across 2 bodies; 0 assessment(s) outside the population", report.ToString());
        Assert.Equal((WorkedExample.Policy.Id, WorkedExample.Policy.Name, UnitKind.School), (report.PolicyId, report.PolicyName, report.UnitKind));
    }

    [Fact]
    public void Describe_WithStranger_ListsEveryBodyAndTheStranger()
    {
        var policy = Policy(AwardQuota.OfCount(1));
        var rubric = Sheet(policy);

        var text = AwardCalculator.Calculate(policy, Roster("a"), [Score(rubric, Assessed("a", 1m, 1m)), Score(rubric, Assessed("x", 1m, 1m))]).Describe();

        Assert.Contains("at county:", text, StringComparison.Ordinal);
        Assert.Contains("at c1:", text, StringComparison.Ordinal);
        Assert.Contains("  #1 a (学校 a) 22, awarded", text, StringComparison.Ordinal);
        Assert.Contains("  ! x: RUB3022 NotOnRoster: The roster has no unit 'x'", text, StringComparison.Ordinal);
    }
}
