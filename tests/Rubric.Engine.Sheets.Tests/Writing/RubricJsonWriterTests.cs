using System.Text.Json.Nodes;

namespace Rubric.Engine.Sheets.Tests.Writing;

public sealed class RubricJsonWriterTests
{
    [Fact]
    public void Write_Draft_IsTheRubricFormatWithExactNumbersAndReadableChinese()
    {
        var draft = new RubricDraft { Title = "细则" };
        var task = new TaskDraft("t1", 1, "三项活动", 2.0m);
        var stage = new StageDraft("t1.prep", "准备阶段", 2m);
        var rule = new RuleDraft("perUnit") { Rate = 0.20m, Cap = 2m, NoneDoneLosesAll = true, Unit = "人次" };
        stage.Items.Add(new ItemDraft("t1.7", 7, "撰写材料。(查看材料)", 2.00m, 1, new ClauseReading(rule, ["materials"], ["check"], null)));
        task.Stages.Add(stage);
        draft.Tasks.Add(task);

        var json = RubricJsonWriter.Write(draft, "r", "why");

        Assert.Contains("\"text\": \"三项活动\"", json, StringComparison.Ordinal);
        var node = JsonNode.Parse(json)!;
        Assert.Equal("why", node["incomplete"]!.GetValue<string>());
        Assert.Equal("2", node["points"]!.ToJsonString());
        var item = node["tasks"]![0]!["stages"]![0]!["items"]![0]!;
        Assert.Equal("""{"kind":"perUnit","rate":0.2,"cap":2,"noneDoneLosesAll":true,"unit":"人次"}""", item["rule"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("2", item["points"]!.ToJsonString());
    }

    [Fact]
    public void Write_TotalRow_IsTheRubricsPointsAndNoIncompleteWhenNothingToReview()
    {
        var draft = new RubricDraft { Title = "细则", Total = 100m };
        draft.Tasks.Add(new TaskDraft("t1", 1, "党建", 1m));

        var node = JsonNode.Parse(RubricJsonWriter.Write(draft, "r", null))!;

        Assert.Equal(100m, node["points"]!.GetValue<decimal>());
        Assert.Null(node["incomplete"]);
    }
}
