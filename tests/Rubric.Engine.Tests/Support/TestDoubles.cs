using System.Globalization;

namespace Rubric.Engine.Tests.Support;

/// <summary>Custom rule kinds and scoring steps used to test the engine's extension points.</summary>
internal static class TestDoubles
{
    /// <summary>A rule kind the engine does not know: loses a fixed amount when "met" is false.</summary>
    public sealed class BonusRule(decimal loss) : DeductionRule
    {
        public override string Kind => "bonusLoss";

        public decimal Loss { get; } = loss;
    }

    public sealed class BonusRuleEvaluator : RuleEvaluator<BonusRule>
    {
        protected override RuleOutcome Evaluate(BonusRule rule, in RuleContext context)
        {
            if (!context.TryGetBoolean(ObservationKeys.Met, out var met, out var failure))
            {
                return failure;
            }

            return met ? RuleOutcome.NoLoss : RuleOutcome.Lost(rule.Loss, DeductionReason.Custom);
        }

        public override string Explain(Deduction deduction, ExplanationLanguage language) => language == ExplanationLanguage.Chinese
            ? "自定义规则：扣" + PointsFormat.Format(deduction.Amount) + "分"
            : "custom rule: lost " + PointsFormat.Format(deduction.Amount);
    }

    /// <summary>Adds a fixed bonus to the total.</summary>
    public sealed class BonusStep(decimal bonus) : IScoringStep
    {
        public string Name => "bonus";

        public void Apply(ScoringStepContext context) =>
            context.Adjust(AdjustmentScope.Total, null, bonus, new LocalizedText("bonus " + bonus.ToString(CultureInfo.InvariantCulture), "加分"));
    }

    /// <summary>Adjusts one stage by a fixed amount.</summary>
    public sealed class StagePenaltyStep(string stageId, decimal amount) : IScoringStep
    {
        public string Name => "stage-penalty";

        public void Apply(ScoringStepContext context) =>
            context.Adjust(AdjustmentScope.Stage, stageId, amount, new LocalizedText("penalty", "扣分"));
    }

    /// <summary>Records the side and total each time it runs.</summary>
    public sealed class RecordingStep : IScoringStep
    {
        public List<(ScoreSide Side, decimal Total)> Seen { get; } = [];

        public string Name => "recording";

        public void Apply(ScoringStepContext context) => Seen.Add((context.Side, context.Total));
    }
}
