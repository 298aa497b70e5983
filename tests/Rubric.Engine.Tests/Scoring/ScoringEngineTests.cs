using Rubric.Engine.Tests.Support;

namespace Rubric.Engine.Tests.Scoring;

public class ScoringEngineTests
{
    private static RubricDefinition Rubric() => RubricDefinition.CreateBuilder("r", "Demo")
        .AddTask("t1", 1, "三项活动", 4, task => task
            .AddStage("t1.s", "实施阶段", 4, stage => stage
                .AddFlatItem("t1.1", 1, "党课", 1)
                .AddPerUnitItem("t1.9", 9, "进办公室", 2, rate: 0.2m)
                .AddShortfallItem("t1.13", 13, "走访教职工", 1, target: 20, rate: 0.2m)))
        .Build();

    [Fact]
    public void Score_SeedEdgeValues_SumsExactly()
    {
        var assessment = new Assessment("school-01", AssessmentRound.Annual,
            self: [Observation.Met("t1.1", true), Observation.Missing("t1.9", 0), Observation.Achieved("t1.13", 20)],
            assessor: [Observation.Met("t1.1", false), Observation.Missing("t1.9", 3), Observation.Achieved("t1.13", 17)]);

        var result = ScoringEngine.Default.Score(Rubric(), assessment);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(4m, result.Scorecard.Total.Self);
        Assert.Equal(0m + 1.4m + 0.4m, result.Scorecard.Total.Assessor);
        Assert.Equal(2.2m, result.Scorecard.Total.Gap);
        var deduction = result.Scorecard.FindItem("t1.9")!.Value.AssessorDeduction!;
        Assert.Equal(0.6m, deduction.Amount);
        Assert.Equal("Item 9 (t1.9): 3 人次 missing × 0.2 = 0.6; lost 0.6 of 2.", deduction.Explain());
        Assert.Equal("第9项（t1.9）：未完成3人次，每人次扣0.2分，计0.6分，扣0.6分。", deduction.Explain(ExplanationLanguage.Chinese));
    }

    [Fact]
    public void Compile_SameRubricTwice_SamePlan()
    {
        var rubric = Rubric();
        Assert.Same(ScoringEngine.Default.Compile(rubric), ScoringEngine.Default.Compile(rubric));
        Assert.Same(rubric, ScoringEngine.Default.Compile(rubric).Rubric);
    }

    [Fact]
    public void Compile_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ScoringEngine.Default.Compile(null!));

    [Fact]
    public void Score_ManyThreads_SameResultsAsSequential()
    {
        var rubric = TestRubrics.Seed();
        var engine = ScoringEngine.CreateBuilder().AddVeto(new VetoOptions { ItemId = "t1.15" }).AddStep(new TestDoubles.BonusStep(0.5m)).Build();
        var assessments = Enumerable.Range(0, 400).Select(n => new Assessment("school-" + n, AssessmentRound.Annual,
            self: TestRubrics.SeedWith(Observation.Missing("t1.9", n % 4), Observation.Achieved("t1.13", n % 25)),
            assessor: TestRubrics.SeedWith(Observation.Missing("t1.9", n % 13), Observation.Achieved("t1.14", n % 23), Observation.Met("t1.15", n % 7 != 0), Observation.Awarded("t1.16", n % 5 * 0.5m)))).ToArray();

        static string Digest(ScoringResult r) => string.Join("|", r.Scorecard!.Items.Select(i => $"{i.Score.Self}/{i.Score.Assessor}"))
            + "|" + r.Scorecard.Total + "|" + string.Join(";", r.Scorecard.Deductions(ScoreSide.Assessor).Select(d => d.Explain()));

        var sequential = assessments.Select(a => Digest(engine.Score(rubric, a))).ToArray();
        var parallel = new string[assessments.Length];
        Parallel.For(0, assessments.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Digest(engine.Compile(rubric).Score(assessments[i])));

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, s => s.Contains("Veto", StringComparison.Ordinal) || s.Contains("t1.15", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_ManyThreadsFreshRubric_OnePlan()
    {
        var rubric = TestRubrics.Seed();
        var plans = new ScoringPlan[64];
        Parallel.For(0, plans.Length, i => plans[i] = ScoringEngine.Default.Compile(rubric));
        Assert.All(plans, p => Assert.Same(plans[0], p));
    }
}
