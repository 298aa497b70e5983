using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public partial class ScoringPlanTests
{
    private static ScoringResult ScoreSeed(Observation[]? self, Observation[]? assessor, MissingObservationPolicy policy = MissingObservationPolicy.Error) =>
        ScoringEngine.Default.Score(TestRubrics.Seed(policy), new Assessment("school-01", AssessmentRound.Annual, self, assessor));

    [Fact]
    public void Score_AllDone_FullMarksOnBothSides()
    {
        var result = ScoreSeed(TestRubrics.SeedAllDone(), TestRubrics.SeedAllDone());
        Assert.True(result.Succeeded);
        Assert.Equal(27m, result.Scorecard.Total.Self);
        Assert.Equal(27m, result.Scorecard.Total.Assessor);
        Assert.Empty(result.Scorecard.Deductions(ScoreSide.Assessor));
    }

    [Fact]
    public void Score_ObservationForUnknownItem_ErrorNamingItem()
    {
        var result = ScoreSeed(null, [.. TestRubrics.SeedAllDone(), Observation.Met("t1.99", true)]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ScoringErrorCode.UnknownItem, error.Code);
        Assert.Equal("t1.99", error.ItemId);
        Assert.Equal(ScoreSide.Assessor, error.Side);
        Assert.Null(error.Key);
        Assert.Equal("The rubric has no item 't1.99'.", error.Message);
        Assert.Null(result.Scorecard);
    }

    [Fact]
    public void Score_MissingObservationByDefault_ErrorNamingItem()
    {
        var result = ScoreSeed([.. TestRubrics.SeedAllDone().Where(o => o.ItemId != "t1.9")], null);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ScoringErrorCode.MissingObservation, error.Code);
        Assert.Equal("t1.9", error.ItemId);
        Assert.Equal(ScoreSide.Self, error.Side);
        Assert.Equal("RUB2001: item 't1.9' (self): No observation for item 't1.9'; the rubric requires one for every item.", error.ToString());
    }

    [Fact]
    public void Score_MissingObservationTreatedAsNotDone_LosesAllWithExplanation()
    {
        var result = ScoreSeed(null, [.. TestRubrics.SeedAllDone().Where(o => o.ItemId != "t1.14")], MissingObservationPolicy.TreatAsNotDone);
        Assert.True(result.Succeeded);
        var item = result.Scorecard.FindItem("t1.14")!.Value;
        Assert.Equal(0m, item.Score.Assessor);
        Assert.Equal(DeductionReason.NotObserved, item.AssessorDeduction!.Reason);
        Assert.Null(item.AssessorDeduction.Observation);
        Assert.Equal("Item 14 (t1.14): no observation, treated as not done; lost all 2.", item.AssessorDeduction.Explain());
        Assert.Equal("第14项（t1.14）：无考核记录，视为未完成，扣2分。", item.AssessorDeduction.Explain(ExplanationLanguage.Chinese));
        Assert.Equal(25m, result.Scorecard.Total.Assessor);
    }

    [Fact]
    public void Score_RubricIdMismatch_Error()
    {
        var assessment = new Assessment("school-01", AssessmentRound.Annual, null, TestRubrics.SeedAllDone()) { RubricId = "other-plan" };
        var result = ScoringEngine.Default.Score(TestRubrics.Seed(), assessment);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ScoringErrorCode.RubricMismatch, error.Code);
        Assert.Null(error.ItemId);
        Assert.Null(error.Side);
        Assert.Equal("The assessment is for rubric 'other-plan'; expected 'panlong-theme-practice'.", error.Message);
    }

    [Fact]
    public void Score_MatchingRubricId_Succeeds()
    {
        var assessment = new Assessment("school-01", AssessmentRound.Annual, null, TestRubrics.SeedAllDone()) { RubricId = "panlong-theme-practice" };
        Assert.True(ScoringEngine.Default.Score(TestRubrics.Seed(), assessment).Succeeded);
    }

    [Fact]
    public void Score_ErrorsInBothColumns_AllReportedInOnePass()
    {
        var self = TestRubrics.SeedWith(Observation.Awarded("t1.16", 3m), Observation.Missing("t1.9", -2));
        var assessor = TestRubrics.SeedWith(Observation.Level("t2.6", "early"), Observation.Conditions("t1.4", ("slogan", true), ("noticeboard", true), ("banner", false)));
        var assessment = new Assessment("school-01", AssessmentRound.Annual, self, [.. assessor, Observation.Met("t3.1", true)]) { RubricId = "nope" };

        var result = ScoringEngine.Default.Score(TestRubrics.Seed(), assessment);

        Assert.False(result.Succeeded);
        var summary = result.Errors.Select(e => (e.Code, e.Side, e.ItemId, e.Key)).ToArray();
        Assert.Equal(
        [
            (ScoringErrorCode.RubricMismatch, (ScoreSide?)null, (string?)null, (string?)null),
            (ScoringErrorCode.InvalidValue, ScoreSide.Self, "t1.9", "missing"),
            (ScoringErrorCode.InvalidValue, ScoreSide.Self, "t1.16", "awarded"),
            (ScoringErrorCode.UnknownItem, ScoreSide.Assessor, "t3.1", null),
            (ScoringErrorCode.UnknownCondition, ScoreSide.Assessor, "t1.4", "banner"),
            (ScoringErrorCode.UnknownLevel, ScoreSide.Assessor, "t2.6", "level"),
        ], summary);
    }

    [Theory]
    [InlineData("t1.16", "awarded", 2.5, "'awarded' is 2.5; expected 0 to 2.")]
    [InlineData("t1.16", "awarded", -1, "'awarded' is -1; expected 0 to 2.")]
    [InlineData("t1.9", "missing", -1, "'missing' is -1; expected a whole number of 0 or more.")]
    [InlineData("t1.13", "achieved", 1.5, "'achieved' is 1.5; expected a whole number of 0 or more.")]
    public void Score_BadNumber_ErrorNamesItemKeyAndValue(string itemId, string key, double value, string message)
    {
        var result = ScoreSeed(null, TestRubrics.SeedWith(Observation.Of(itemId, (key, (decimal)value))));
        var error = Assert.Single(result.Errors);
        Assert.Equal((ScoringErrorCode.InvalidValue, itemId, key, message), (error.Code, error.ItemId, error.Key, error.Message));
    }

    [Fact]
    public void Score_WrongValueType_ErrorNamesItemAndValue()
    {
        var error = Assert.Single(ScoreSeed(null, TestRubrics.SeedWith(Observation.Of("t1.1", ("met", "yes")))).Errors);
        Assert.Equal((ScoringErrorCode.InvalidValue, "t1.1", "met", "'met' is \"yes\"; expected true or false."), (error.Code, error.ItemId, error.Key, error.Message));
        Assert.Equal("RUB2004", error.CodeText);
    }

    [Fact]
    public void Score_OneColumnFailing_NoScorecardAtAll()
    {
        var result = ScoreSeed(TestRubrics.SeedAllDone(), TestRubrics.SeedWith(Observation.Level("t2.6", "unknown")));
        Assert.False(result.Succeeded);
        Assert.Null(result.Scorecard);
        Assert.Equal("school-01: 1 error(s): " + Assert.Single(result.Errors), result.ToString());
        Assert.Contains("unknown", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoSteps_StageTaskTotalAreSums()
    {
        var assessor = TestRubrics.SeedWith(Observation.Missing("t1.9", 3), Observation.Achieved("t1.13", 17), Observation.Awarded("t1.16", 1.5m), Observation.Level("t2.6", "late"));
        var card = ScoreSeed(null, assessor).Scorecard!;
        foreach (var task in card.Tasks)
        {
            foreach (var stage in task.Stages)
            {
                Assert.Equal(stage.Items.Sum(i => i.Score.Assessor), stage.Score.Assessor);
            }

            Assert.Equal(task.Stages.Sum(s => s.Score.Assessor), task.Score.Assessor);
        }

        Assert.Equal(card.Tasks.Sum(t => t.Score.Assessor), card.Total.Assessor);
        Assert.Equal(27m - 0.6m - 0.6m - 0.5m - 1m, card.Total.Assessor);
        Assert.Equal(13.8m, card.FindStage("t1.impl")!.Score.Assessor);
    }

    [Fact]
    public void Score_MoreLevelsThanScoringKeepsOnTheStack_EveryLevelSummedInBothColumns()
    {
        // 30 tasks of 3 stages: 121 stage, task and total scores a column.
        var builder = RubricDefinition.CreateBuilder("wide", "Wide");
        for (var t = 1; t <= 30; t++)
        {
            var task = "t" + t;
            builder.AddTask(task, t, "Task", 6, tb =>
            {
                for (var s = 1; s <= 3; s++)
                {
                    tb.AddStage($"{task}.s{s}", "Stage", 2, sb => sb.AddFlatItem($"{task}.s{s}.1", s, "Item", 2));
                }
            });
        }

        var rubric = builder.Build();
        var assessor = rubric.Items.Select(i => Observation.Met(i.Id, i.Id != "t30.s3.1")).ToArray();
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.StagePenaltyStep("t1.s1", -0.5m)).Build();

        var card = engine.Score(rubric, new Assessment("u", AssessmentRound.Annual, rubric.Items.Select(i => Observation.Met(i.Id, true)).ToArray(), assessor)).Scorecard!;

        Assert.Equal((179.5m, 177.5m), (card.Total.Self!.Value, card.Total.Assessor!.Value));
        Assert.Equal(new ScorePair(1.5m, 1.5m), card.FindStage("t1.s1")!.Score);
        Assert.Equal(new ScorePair(6m, 4m), card.FindTask("t30")!.Score);
        Assert.All(card.Tasks, t => Assert.Equal(t.Stages.Sum(s => s.Score.Assessor), t.Score.Assessor));
        Assert.Equal([-0.5m, -0.5m], card.Adjustments.Select(a => a.Applied));
    }

    [Fact]
    public void Compile_UnregisteredRuleKind_ThrowsInvalidOperation()
    {
        var rubric = TestRubrics.Of(new Item("c", 1, "custom", 2m, new TestDoubles.BonusRule(1m)));
        var ex = Assert.Throws<InvalidOperationException>(() => ScoringEngine.Default.Compile(rubric));
        Assert.Contains("'bonusLoss'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddRuleKind", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CustomLossAbovePoints_ClampedToPoints()
    {
        var engine = ScoringEngine.CreateBuilder().AddRuleKind(new TestDoubles.BonusRuleEvaluator()).Build();
        var rubric = TestRubrics.Of(new Item("c", 1, "custom", 2m, new TestDoubles.BonusRule(5m)));
        var item = engine.Score(rubric, TestRubrics.AssessorOnly(Observation.Met("c", false))).Scorecard!.FindItem("c")!.Value;
        Assert.Equal(0m, item.Score.Assessor);
        Assert.Equal(2m, item.AssessorDeduction!.Amount);
        Assert.Equal(5m, item.AssessorDeduction.UncappedAmount);
    }

    [Fact]
    public void Score_CustomNegativeLoss_ClampedToNoLoss()
    {
        var engine = ScoringEngine.CreateBuilder().AddRuleKind(new TestDoubles.BonusRuleEvaluator()).Build();
        var rubric = TestRubrics.Of(new Item("c", 1, "custom", 2m, new TestDoubles.BonusRule(-1m)));
        var item = engine.Score(rubric, TestRubrics.AssessorOnly(Observation.Met("c", false))).Scorecard!.FindItem("c")!.Value;
        Assert.Equal(2m, item.Score.Assessor);
        Assert.Null(item.AssessorDeduction);
    }

    [Fact]
    public void Score_CustomRuleKind_UsesItsOwnExplanation()
    {
        var engine = ScoringEngine.CreateBuilder().AddRuleKind(new TestDoubles.BonusRuleEvaluator()).Build();
        var rubric = TestRubrics.Of(new Item("c", 7, "custom", 2m, new TestDoubles.BonusRule(0.5m)));
        var deduction = engine.Score(rubric, TestRubrics.AssessorOnly(Observation.Met("c", false))).Scorecard!.FindItem("c")!.Value.AssessorDeduction!;
        Assert.Equal(1.5m, 2m - deduction.Amount);
        Assert.Equal("bonusLoss", deduction.RuleKind);
        Assert.Equal("custom rule: lost 0.5", deduction.Explain());
        Assert.Equal("自定义规则：扣0.5分", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Score_BonusStep_AddsToTotal()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.BonusStep(1.5m)).Build();
        var card = engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!;
        Assert.Equal(28.5m, card.Total.Assessor);
        Assert.Equal(25m, card.FindTask("t1")!.Score.Assessor);
        var adjustment = Assert.Single(card.Adjustments);
        Assert.Equal(("bonus", AdjustmentScope.Total, 1.5m, false), (adjustment.Source, adjustment.Scope, adjustment.Amount, adjustment.IsVeto));
        Assert.False(card.IsVetoed(ScoreSide.Assessor));
    }

    [Fact]
    public void Score_StageAdjustment_ChangesStageTaskAndTotal()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.StagePenaltyStep("t1.prep", -2m)).Build();
        var card = engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!;
        Assert.Equal(3m, card.FindStage("t1.prep")!.Score.Assessor);
        Assert.Equal(23m, card.FindTask("t1")!.Score.Assessor);
        Assert.Equal(25m, card.Total.Assessor);
    }

    [Fact]
    public void Score_AdjustmentBelowZero_StageStopsAtZero()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.StagePenaltyStep("t1.prep", -9m)).Build();
        var card = engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!;
        Assert.Equal(0m, card.FindStage("t1.prep")!.Score.Assessor);
        Assert.Equal(20m, card.FindTask("t1")!.Score.Assessor);
    }

    [Fact]
    public void Score_PenaltyAboveStagePoints_RecordsRequestedAndApplied()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.StagePenaltyStep("t1.prep", -100m)).Build();
        var card = engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!;
        var adjustment = Assert.Single(card.Adjustments);
        Assert.Equal((-100m, -5m), (adjustment.Amount, adjustment.Applied));
        Assert.Equal(0m, card.FindStage("t1.prep")!.Score.Assessor);
    }

    [Fact]
    public void Score_BonusOnFullStage_StageStaysAtItsPoints()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.StagePenaltyStep("t1.prep", 2m)).Build();
        var card = engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!;
        Assert.Equal(5m, card.FindStage("t1.prep")!.Score.Assessor);
        Assert.Equal((2m, 0m), (card.Adjustments[0].Amount, card.Adjustments[0].Applied));
    }

    [Fact]
    public void Score_BonusOnTotalAtFullPoints_TotalStaysAtRubricPoints()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.BonusStep(1m)).Build();
        var card = engine.Score(SmallRubric(bonusAbove: false), SmallAssessment()).Scorecard!;
        Assert.Equal(2m, card.Total.Assessor);
        Assert.Equal(0m, Assert.Single(card.Adjustments).Applied);
    }

    [Fact]
    public void Score_BonusAbovePointsAllowed_TotalGoesAbove()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.BonusStep(1m)).Build();
        var card = engine.Score(SmallRubric(bonusAbove: true), SmallAssessment()).Scorecard!;
        Assert.Equal(3m, card.Total.Assessor);
        Assert.Equal(1m, Assert.Single(card.Adjustments).Applied);
    }

    [Fact]
    public void Score_TwoPenaltiesOnOneStage_EachAppliesWhatIsLeft()
    {
        var engine = ScoringEngine.CreateBuilder()
            .AddStep(new TestDoubles.StagePenaltyStep("t1.prep", -3m))
            .AddStep(new TestDoubles.StagePenaltyStep("t1.prep", -3m))
            .Build();
        var card = engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())).Scorecard!;
        Assert.Equal([-3m, -2m], card.Adjustments.Select(a => a.Applied));
        Assert.Equal(0m, card.FindStage("t1.prep")!.Score.Assessor);
    }

    private static RubricDefinition SmallRubric(bool bonusAbove)
    {
        var builder = RubricDefinition.CreateBuilder("small", "Small")
            .AddTask("t1", 1, "Task", 2, task => task.AddStage("t1.s", "Stage", 2, stage => stage.AddFlatItem("t1.1", 1, "Item", 2)));
        return (bonusAbove ? builder.AllowBonusAbovePoints() : builder).Build();
    }

    private static Assessment SmallAssessment() => new("u", AssessmentRound.Annual, self: null, assessor: [Observation.Met("t1.1", true)]);

    [Fact]
    public void Score_StepsRunPerSide_SeeTheirOwnSide()
    {
        var step = new TestDoubles.RecordingStep();
        var engine = ScoringEngine.CreateBuilder().AddStep(step).Build();
        var self = TestRubrics.SeedAllDone();
        var assessor = TestRubrics.SeedWith(Observation.Met("t1.1", false));
        engine.Score(TestRubrics.Seed(), new Assessment("u", AssessmentRound.Annual, self, assessor));
        Assert.Equal([(ScoreSide.Self, 27m), (ScoreSide.Assessor, 26m)], step.Seen);
    }

    [Fact]
    public void Score_StepAdjustingUnknownStage_ThrowsKeyNotFound()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.StagePenaltyStep("nope", -1m)).Build();
        Assert.Throws<KeyNotFoundException>(() => engine.Score(TestRubrics.Seed(), TestRubrics.AssessorOnly(TestRubrics.SeedAllDone())));
    }

    [Fact]
    public void Score_BonusStepBothColumns_OneAdjustmentPerSide()
    {
        var engine = ScoringEngine.CreateBuilder().AddStep(new TestDoubles.BonusStep(1.5m)).Build();
        var card = engine.Score(TestRubrics.Seed(), new Assessment("u", AssessmentRound.Annual, TestRubrics.SeedAllDone(), TestRubrics.SeedWith(Observation.Met("t1.1", false)))).Scorecard!;
        Assert.Equal([ScoreSide.Self, ScoreSide.Assessor], card.Adjustments.Select(a => a.Side));
        Assert.Equal(new ScorePair(28.5m, 27.5m), card.Total);
        Assert.Equal(1m, card.Total.Gap);
    }
}
