using Rubric.Engine.Tests.Support;
using Snapshooter.Xunit;

namespace Rubric.Engine.Tests.Scoring;

// Snapshots of whole scorecards, projected to ids, scores (as invariant text) and explanations in both languages.
public partial class ScorecardTests
{
    private static string? P(decimal? value) => value is { } v ? PointsFormat.Format(v) : null;

    private static object Project(Scorecard card) => new
    {
        Unit = card.UnitId,
        Rubric = card.Rubric.Id,
        Total = new { Self = P(card.Total.Self), Assessor = P(card.Total.Assessor), Gap = P(card.Total.Gap), Final = P(card.Total.Final) },
        Tasks = card.Tasks.Select(t => new
        {
            t.Task.Id,
            Self = P(t.Score.Self),
            Assessor = P(t.Score.Assessor),
            Stages = t.Stages.Select(s => new
            {
                s.Stage.Id,
                Self = P(s.Score.Self),
                Assessor = P(s.Score.Assessor),
                Items = s.Items.Select(i => $"{i.Item.Id}: {P(i.Score.Self) ?? "-"} / {P(i.Score.Assessor) ?? "-"}"),
            }),
        }),
        Deductions = new[] { ScoreSide.Self, ScoreSide.Assessor }.SelectMany(side => card.Deductions(side).Select(d => new
        {
            Side = side.ToString(),
            Item = d.Item.Id,
            Amount = P(d.Amount),
            English = d.Explain(),
            Chinese = d.Explain(ExplanationLanguage.Chinese),
        })),
        Adjustments = card.Adjustments.Select(a => new { Side = a.Side.ToString(), Scope = a.Scope.ToString(), a.TargetId, Amount = P(a.Amount), a.Reason.English, a.Reason.Chinese }),
    };

    [Fact]
    public void Snapshot_SeedSelfAndAssessor_MatchesSnapshot()
    {
        var self = TestRubrics.SeedWith(Observation.Missing("t1.9", 1), Observation.Awarded("t1.17", 2m));
        var assessor = TestRubrics.SeedWith(
            Observation.Met("t1.2", false),
            Observation.Conditions("t1.4", ("slogan", false), ("noticeboard", false)),
            Observation.Missing("t1.7", 1),
            Observation.Missing("t1.9", 3),
            Observation.Missing("t1.10", 12),
            Observation.NoneDone("t1.12"),
            Observation.Achieved("t1.13", 17),
            Observation.Achieved("t1.14", 0),
            Observation.Awarded("t1.16", 1.5m),
            Observation.Awarded("t1.17", 0.5m),
            Observation.Level("t2.6", "late"));
        var card = ScoringEngine.Default.Score(TestRubrics.Seed(), new Assessment("school-01", AssessmentRound.Annual, self, assessor)).Scorecard!;

        Snapshot.Match(Project(card));
    }

    [Fact]
    public void Snapshot_SelfOnlyMissingTreatedAsNotDone_MatchesSnapshot()
    {
        var self = TestRubrics.SeedAllDone().Where(o => o.ItemId is not ("t1.3" or "t1.18")).ToArray();
        var card = ScoringEngine.Default.Score(TestRubrics.Seed(MissingObservationPolicy.TreatAsNotDone), TestRubrics.SelfOnly(self)).Scorecard!;

        Snapshot.Match(Project(card));
    }

    [Fact]
    public void Snapshot_VetoedStage_MatchesSnapshot()
    {
        var engine = ScoringEngine.CreateBuilder().AddVeto(new VetoOptions { ItemId = "t1.15", Scope = AdjustmentScope.Stage }).Build();
        var assessor = TestRubrics.SeedWith(Observation.Met("t1.15", false), Observation.Missing("t1.11", 2));
        var card = engine.Score(TestRubrics.Seed(), new Assessment("school-02", AssessmentRound.Unannounced, TestRubrics.SeedAllDone(), assessor)).Scorecard!;

        Snapshot.Match(Project(card));
    }
}
