using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Rubric.Engine.Schema;

namespace Rubric.Engine.Tests.Docs;

// The code blocks of docs/integrators-guide.md are copied from the regions of this file, and
// DocsSnippetsTests fails when the two drift apart: every sample in the guide compiles and runs.
public class IntegratorsGuideSamples
{
    // The custom step below adds a bonus above the sheet's points, which the sheet must allow.
    private static RubricDefinition SampleRubric() => RubricDefinition.CreateBuilder("demo", "Demo sheet")
        .AllowBonusAbovePoints()
        .AddTask("t1", 1, "三项活动", 5, task => task
            .AddStage("t1.impl", "实施阶段", 5, stage => stage
                .AddFlatItem("t1.8", 8, "党组织负责人上一堂党课", 1)
                .AddPerUnitItem("t1.9", 9, "校级班子成员进办公室、教室、教研", 2, rate: 0.2m)
                .AddJudgedItem("t1.17", 17, "得到上级部门的较高评价或表彰", 2, step: 0.5m)))
        .Build();

    private static Assessment SampleAssessment() => new("school-01", AssessmentRound.Annual,
        self: [Observation.Met("t1.8", true), Observation.Missing("t1.9", 0), Observation.Awarded("t1.17", 2m)],
        assessor: [Observation.Met("t1.8", true), Observation.Missing("t1.9", 3), Observation.Awarded("t1.17", 2m)]);

    [Fact]
    public void ScoreWithoutContainer_SampleAssessment_ScoresAndExplains()
    {
        var rubric = SampleRubric();
        var assessment = SampleAssessment();
        var lines = new List<string>();

        #region snippet: score-without-container
        var engine = ScoringEngine.Default;
        ScoringResult result = engine.Score(rubric, assessment);
        if (result.Succeeded)
        {
            Scorecard card = result.Scorecard;
            lines.Add($"self {card.Total.Self}, assessor {card.Total.Assessor}, gap {card.Total.Gap}");
            foreach (Deduction deduction in card.Deductions(ScoreSide.Assessor))
            {
                lines.Add(deduction.Explain(ExplanationLanguage.Chinese));
            }
        }
        else
        {
            lines.AddRange(result.Errors.Select(error => error.ToString()));
        }
        #endregion

        Assert.Equal(
            ["self 5, assessor 4.4, gap 0.6", "第9项（t1.9）：未完成3人次，每人次扣0.2分，计0.6分，扣0.6分。"],
            lines);
    }

    [Fact]
    public void AddRubricEngine_WithVeto_ResolvesConfiguredEngine()
    {
        #region snippet: dependency-injection
        var services = new ServiceCollection();
        services.AddRubricEngine(builder => builder
            .AddVeto(new VetoOptions { ItemId = "t1.8", Scope = AdjustmentScope.Stage }));
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();
        #endregion

        var vetoed = new Assessment("school-02", AssessmentRound.Annual, self: null,
            assessor: [Observation.Met("t1.8", false), Observation.Missing("t1.9", 0), Observation.Awarded("t1.17", 2m)]);
        var card = engine.Score(SampleRubric(), vetoed).Scorecard!;
        Assert.Equal(0m, card.Total.Assessor);
        Assert.True(card.IsVetoed(ScoreSide.Assessor));
    }

    #region snippet: custom-rule-kind
    /// <summary>Loses points in proportion to the share of a plan not completed.</summary>
    public sealed class CompletionRule(int decimals) : DeductionRule
    {
        public override string Kind => "completion";

        /// <summary>The decimal places the loss is rounded to.</summary>
        public int Decimals { get; } = decimals;
    }

    public sealed class CompletionRuleEvaluator : RuleEvaluator<CompletionRule>
    {
        protected override RuleOutcome Evaluate(CompletionRule rule, in RuleContext context)
        {
            if (!context.TryGetNumber("percent", out var percent, out var failure))
            {
                return failure;
            }

            if (percent is < 0m or > 100m)
            {
                return RuleOutcome.Invalid(ScoringErrorCode.InvalidValue, "percent", $"'percent' is {percent}; expected 0 to 100.");
            }

            // Half away from zero (四舍五入), as the office rounds by hand.
            var loss = decimal.Round(context.Item.Points * (100m - percent) / 100m, rule.Decimals, MidpointRounding.AwayFromZero);
            return loss == 0m ? RuleOutcome.NoLoss : RuleOutcome.Lost(loss, DeductionReason.Custom, quantity: percent);
        }

        public override string Explain(Deduction deduction, ExplanationLanguage language) => language == ExplanationLanguage.Chinese
            ? $"第{deduction.Item.Number}项：完成{PointsFormat.Format(deduction.Quantity)}%，扣{PointsFormat.Format(deduction.Amount)}分。"
            : $"Item {deduction.Item.Number}: {PointsFormat.Format(deduction.Quantity)}% completed; lost {PointsFormat.Format(deduction.Amount)}.";
    }
    #endregion

    [Fact]
    public void CustomRuleKind_Registered_ScoresAndExplains()
    {
        #region snippet: register-custom-rule-kind
        var engine = ScoringEngine.CreateBuilder()
            .AddRuleKind(new CompletionRuleEvaluator())
            .Build();
        var rubric = RubricDefinition.CreateBuilder("custom", "Custom sheet")
            .AddTask("t1", 1, "Plans", 2, task => task
                .AddStage("t1.s", "Stage", 2, stage => stage
                    .AddItem(new Item("t1.1", 1, "Plan completed", 2, new CompletionRule(decimals: 1)))))
            .Build();
        var assessment = new Assessment("school-01", AssessmentRound.Annual, self: null,
            assessor: [Observation.Of("t1.1", ("percent", 75m))]);
        var card = engine.Score(rubric, assessment).Scorecard!;
        #endregion

        Assert.Equal(1.5m, card.Total.Assessor);
        Assert.Equal("Item 1: 75% completed; lost 0.5.", card.Deductions(ScoreSide.Assessor).Single().Explain());
    }

    [Fact]
    public void RuleKindFromJson_RegisteredWithContainer_LoadsAndScores()
    {
        var json = """
            {
              "formatVersion": 1, "id": "plans", "title": "Plans", "points": 2,
              "tasks": [{ "id": "t1", "text": "Plans", "points": 2, "stages": [{ "id": "t1.s", "text": "Stage", "points": 2, "items": [
                { "id": "t1.1", "text": "Plan completed", "points": 2, "rule": { "kind": "completion", "decimals": 0 } }
              ] }] }]
            }
            """u8.ToArray();
        var assessment = new Assessment("school-01", AssessmentRound.Annual, self: null,
            assessor: [Observation.Of("t1.1", ("percent", 70m))]);

        #region snippet: rule-kind-from-json
        var completion = new RuleKind(
            "completion",
            new CompletionRuleEvaluator(),
            """{ "type": "object", "additionalProperties": false, "properties": { "decimals": { "type": "integer", "minimum": 0, "maximum": 4 } } }""",
            rule => new CompletionRule(rule.TryGetProperty("decimals", out var decimals) ? decimals.GetInt32() : 1),
            rule => new JsonObject { ["decimals"] = ((CompletionRule)rule).Decimals }); // for RubricWriter
        var services = new ServiceCollection();
        services.AddRubricEngine().AddRuleKind(completion); // the engine scores it, the loader reads it
        using var provider = services.BuildServiceProvider();
        var loaded = provider.GetRequiredService<RubricLoader>().ParseRubric(json, "plans.rubric.json");
        var card = provider.GetRequiredService<ScoringEngine>().Score(loaded.Value!, assessment).Scorecard!;
        #endregion

        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Equal(0, Assert.IsType<CompletionRule>(loaded.Value.Items[0].Rule).Decimals);
        Assert.Equal(1m, card.Total.Assessor);
        Assert.Contains("\"completion\"", RubricSchemas.GetSchemaText(DocumentKind.Rubric, [completion]), StringComparison.Ordinal);
        var written = new MemoryStream();
        using (var writer = new Utf8JsonWriter(written))
        {
            RubricWriter.Write(writer, loaded.Value, [completion]);
        }

        Assert.Equal(0, Assert.IsType<CompletionRule>(new RubricLoader(null, [completion]).ParseRubric(written.ToArray()).Value!.Items[0].Rule).Decimals);
    }

    #region snippet: custom-step
    /// <summary>A bonus (加分项): one point on the total for a unit commended by higher levels.</summary>
    public sealed class CommendationBonusStep(string itemId) : IScoringStep
    {
        public string Name => "commendation-bonus";

        public void Apply(ScoringStepContext context)
        {
            if (context.Rubric.TryGetItem(itemId, out var item) && context.ItemScore(itemId) == item.Points)
            {
                context.Adjust(AdjustmentScope.Total, null, 1m,
                    new LocalizedText("Bonus: commended by higher levels.", "加分：受到上级表彰。"));
            }
        }
    }
    #endregion

    [Fact]
    public void CustomStep_FullMarksOnItem_AddsBonusToTotal()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new CommendationBonusStep("t1.17")).Build();

        var card = engine.Score(SampleRubric(), SampleAssessment()).Scorecard!;

        Assert.Equal(6m, card.Total.Self);
        Assert.Equal(5.4m, card.Total.Assessor);
        Assert.Equal(2, card.Adjustments.Count);
        Assert.Equal("加分：受到上级表彰。", card.Adjustments[0].Reason.Get(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void ReadingExplanations_CappedLoss_ShowsUncappedAmount()
    {
        var assessment = new Assessment("school-03", AssessmentRound.Annual, self: null,
            assessor: [Observation.Met("t1.8", true), Observation.Missing("t1.9", 12), Observation.Awarded("t1.17", 1.5m)]);
        var card = ScoringEngine.Default.Score(SampleRubric(), assessment).Scorecard!;
        var lines = new List<string>();

        #region snippet: reading-explanations
        foreach (var deduction in card.Deductions(card.FinalSide))
        {
            var observed = deduction.Observation is null
                ? "no observation"
                : string.Join(", ", deduction.Observation.Values.Select(v => $"{v.Key} = {v.Value}"));
            var capped = deduction.CapApplied
                ? string.Create(CultureInfo.InvariantCulture, $" (capped from {deduction.UncappedAmount})")
                : string.Empty;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{deduction.Item.Id} [{deduction.RuleKind}] {observed}: -{deduction.Amount}{capped}"));
        }
        #endregion

        Assert.Equal(["t1.9 [perUnit] missing = 12: -2 (capped from 2.4)", "t1.17 [judged] awarded = 1.5: -0.5"], lines);
    }
}
