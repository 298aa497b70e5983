using System.Text.Json;
using Snapshooter.Xunit;
using static Rubric.Engine.Tests.Awards.AwardScenario;

namespace Rubric.Engine.Tests.Awards;

public class AwardResultTests
{
    private static AwardResult Example() =>
        AwardCalculator.Calculate(WorkedExample.Policy, WorkedExample.Roster, WorkedExample.Results()).ForBody("panlong")!;

    [Fact]
    public void ToString_WorkedExample_SummarisesQuotaCutOffAndCounts()
    {
        Assert.Equal(
            "advanced-collective (先进集体) at panlong: 2 awarded of 7 (quota 25 % = 1.75, Nearest → 2; cut-off 88.5; ties BrokenByTieBreakers; 5 ranked, 1 ineligible, 1 not ranked)",
            Example().ToString());
    }

    [Fact]
    public void Properties_WorkedExample_MatchTheDocumentedResult()
    {
        var result = Example();

        Assert.Equal(("panlong", "盘龙镇教管中心", BodyKind.Centre), (result.BodyId, result.BodyName, result.BodyKind));
        Assert.Equal(("25 %", 25m, (int?)null), (result.Quota, result.QuotaPercent!.Value, result.QuotaCount));
        Assert.Equal(["TaskScore(t1)", "FewerItemsLost"], result.TieBreakers);
        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], Ids(result.Ranking));
        Assert.Equal([1, 2, 2, 4, 5], result.Ranking.Select(u => u.Rank));
        Assert.Equal(["s1", "s2"], Ids(result.Awarded));
        Assert.Equal(["s2", "s3"], Ids(result.TiedAtCutOff));
        Assert.Equal(["s6"], Ids(result.Ineligible));
        Assert.Equal(["s7"], Ids(result.NotRanked));
        Assert.False(result.ExceedsQuota);
    }

    [Fact]
    public void Describe_WorkedExample_MatchesSnapshot()
    {
        Snapshot.Match(Example().Describe());
    }

    [Fact]
    public void Result_WorkedExample_MatchesSnapshot()
    {
        Snapshot.Match(Example());
    }

    [Fact]
    public void Result_SerializedWithSystemTextJson_HasPlainValuesAndNoCycles()
    {
        var json = JsonSerializer.Serialize(Example());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(1.75m, root.GetProperty("RawQuota").GetDecimal());
        Assert.Equal("s2", root.GetProperty("Awarded")[1].GetProperty("UnitId").GetString());
        Assert.Equal("RUB3002", root.GetProperty("NotRanked")[0].GetProperty("Code").GetString());
        Assert.Equal("RUB2004", root.GetProperty("NotRanked")[0].GetProperty("ErrorCodes")[0].GetString());
    }

    [Fact]
    public void ExceedsQuota_TieIncludedPastQuota_IsTrue()
    {
        var result = Run(Policy(AwardQuota.OfCount(1)), [35m, 35m]);

        Assert.True(result.ExceedsQuota);
        Assert.Equal(2, result.AwardedCount);
    }

    [Fact]
    public void Describe_EmptyPopulation_StillPrintsTheNotes()
    {
        var result = AwardCalculator.Calculate(Policy(), Roster(), []).ForBody(Centre)!;

        Assert.Equal(
            "advanced-collective (先进集体) at c1: 0 awarded of 0 (quota 25 % = 0, Nearest → 0; cut-off none; ties None; 0 ranked, 0 ineligible, 0 not ranked)\n" +
            "  * Quota: 25 % of 0 school(s) under c1 = 0, rounded Nearest to 0.\n" +
            "  * 盘龙镇教管中心 (c1) has no school to rank; nothing is awarded.\n",
            result.Describe().ReplaceLineEndings("\n"));
    }
}
