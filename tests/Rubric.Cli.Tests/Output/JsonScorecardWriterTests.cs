using System.Text.Json;
using Rubric.Cli.Output;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;
using Snapshooter.Xunit;

namespace Rubric.Cli.Tests.Output;

public class JsonScorecardWriterTests
{
    [Fact]
    public void Write_TwoUnits_StreamsAnArrayOfFullScorecards()
    {
        var json = Scored.Write(w => new JsonScorecardWriter(w, ExplanationLanguage.English), TestRubrics.School01(), TestRubrics.School02());

        using var document = JsonDocument.Parse(json);
        var cards = document.RootElement;
        Assert.Equal(2, cards.GetArrayLength());
        var first = cards[0];
        Assert.Equal("school-01", first.GetProperty("unit").GetProperty("id").GetString());
        Assert.Equal("5.9", first.GetProperty("total").GetProperty("assessor").GetRawText());
        Assert.Equal("4.1", first.GetProperty("total").GetProperty("gap").GetRawText());
        var item7 = first.GetProperty("tasks")[0].GetProperty("stages")[1].GetProperty("items")[0];
        Assert.Equal("t1.7", item7.GetProperty("id").GetString());
        Assert.Equal("1.5", item7.GetProperty("score").GetProperty("assessor").GetRawText());
        var deduction = Assert.Single(item7.GetProperty("deductions").EnumerateArray());
        Assert.Equal("assessor", deduction.GetProperty("side").GetString());
        Assert.Equal("unitsMissing", deduction.GetProperty("reason").GetString());
        Assert.Equal("Item 7 (t1.7): 1 人 missing × 0.5 = 0.5; lost 0.5 of 2.", deduction.GetProperty("explanation").GetString());
        Snapshot.Match(json);
    }

    [Fact]
    public void Write_Chinese_ExplanationsInChinese()
    {
        var json = Scored.Write(w => new JsonScorecardWriter(w, ExplanationLanguage.Chinese), TestRubrics.School01());

        Assert.Contains("\"explanation\": \"第6项（t1.6）：迟交，扣0.5分。\"", json, StringComparison.Ordinal);
        Assert.Contains("\"language\": \"zh-CN\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoScorecards_AnEmptyArray()
    {
        var json = Scored.Write(w => new JsonScorecardWriter(w, ExplanationLanguage.English));

        Assert.Equal("[]", json.Trim());
    }
}
