namespace Rubric.Engine.Schema.Tests.Seeds;

/// <summary>
/// The seed files in <c>seeds/</c> against the totals and item scores worked out by hand in
/// <c>seeds/README.md</c>: an independent check of the loader and the scoring engine together.
/// </summary>
public class SeedAssessmentTests
{
    private static readonly string SeedsFolder = Path.Combine(TestFiles.RepoRoot, "seeds");

    private static readonly RubricLoader Loader = new();

    /// <summary>School, self total, assessor total, self task 1, assessor task 1 (README, "Hand computations").</summary>
    public static TheoryData<string, decimal, decimal, decimal, decimal> Totals => new()
    {
        { "school-01", 41m, 40.5m, 25m, 24.5m },
        { "school-02", 41m, 38.9m, 25m, 23.9m },
        { "school-03", 37.8m, 38.3m, 21.8m, 22.8m },
        { "school-04", 40.8m, 38.3m, 24.8m, 23.3m },
        { "school-05", 40.6m, 36m, 24.6m, 21m },
        { "school-06", 38.7m, 34.5m, 23.7m, 20.5m },
        { "school-07", 40.2m, 34m, 24.2m, 20m },
        { "school-08", 32.5m, 32.5m, 20.5m, 20.5m },
        { "school-09", 40m, 30m, 24.5m, 19m },
        { "school-10", 37.9m, 34m, 21.9m, 20m },
    };

    /// <summary>School, item, self score, assessor score: the items where something is lost (README tables).</summary>
    public static TheoryData<string, string, decimal, decimal> ItemScores => new()
    {
        { "school-01", "t1.17", 2m, 1.5m },
        { "school-01", "t1.13", 1m, 1m },
        { "school-02", "t1.9", 2m, 1.4m },
        { "school-02", "t1.16", 2m, 1.5m },
        { "school-02", "t2.6", 2m, 1m },
        { "school-03", "t1.4", 0m, 0m },
        { "school-03", "t1.14", 0.8m, 0.8m },
        { "school-03", "t1.17", 1m, 2m },
        { "school-03", "t2.11", 1m, 0.5m },
        { "school-04", "t1.11", 0.8m, 0.4m },
        { "school-04", "t1.13", 1m, 0.4m },
        { "school-04", "t2.6", 2m, 1m },
        { "school-05", "t1.2", 1m, 0m },
        { "school-05", "t1.9", 1.6m, 0m },
        { "school-05", "t2.4", 1m, 0m },
        { "school-06", "t1.7", 1.5m, 0m },
        { "school-06", "t1.14", 1.2m, 0m },
        { "school-06", "t1.18", 1m, 0.5m },
        { "school-06", "t2.6", 1m, 0m },
        { "school-07", "t1.10", 1.2m, 0m },
        { "school-07", "t1.13", 1m, 0m },
        { "school-07", "t2.9", 2m, 0m },
        { "school-08", "t1.11", 0m, 0m },
        { "school-08", "t1.12", 1m, 1m },
        { "school-08", "t1.16", 0.5m, 0.5m },
        { "school-09", "t1.4", 1m, 0m },
        { "school-09", "t1.12", 1.5m, 0m },
        { "school-09", "t2.11", 0.5m, 0m },
        { "school-10", "t1.9", 1m, 0m },
        { "school-10", "t1.14", 0.4m, 0m },
        { "school-10", "t2.7", 2m, 0m },
    };

    [Theory]
    [MemberData(nameof(Totals))]
    public void Score_SeedSchool_MatchesHandComputedTotals(string school, decimal self, decimal assessor, decimal selfTask1, decimal assessorTask1)
    {
        var scorecard = Score(school);

        Assert.Equal(self, scorecard.Total.Self);
        Assert.Equal(assessor, scorecard.Total.Assessor);
        Assert.Equal(selfTask1, scorecard.FindTask("t1")!.Score.Self);
        Assert.Equal(assessorTask1, scorecard.FindTask("t1")!.Score.Assessor);
    }

    [Theory]
    [MemberData(nameof(ItemScores))]
    public void Score_SeedSchool_MatchesHandComputedItemScores(string school, string itemId, decimal self, decimal assessor)
    {
        var item = Score(school).FindItem(itemId);

        Assert.NotNull(item);
        Assert.Equal(self, item.Value.Score.Self);
        Assert.Equal(assessor, item.Value.Score.Assessor);
    }

    [Fact]
    public void Score_SeedCappedLosses_ExplainTheCap()
    {
        var perUnit = Score("school-05").FindItem("t1.9")!.Value.AssessorDeduction!;
        var shortfall = Score("school-10").FindItem("t1.14")!.Value.AssessorDeduction!;

        Assert.Equal(2m, perUnit.Amount);
        Assert.Contains("以2分封顶", perUnit.Explain(ExplanationLanguage.Chinese), StringComparison.Ordinal);
        Assert.Equal(2m, shortfall.Amount);
        Assert.Contains("以2分封顶", shortfall.Explain(ExplanationLanguage.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadRubric_PanlongSeed_LoadsTruncatedSheetWithWarning()
    {
        var result = Loader.LoadRubric(Path.Combine(SeedsFolder, "panlong.rubric.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var rubric = result.Value;
        Assert.True(rubric.IsIncomplete);
        Assert.Contains(result.Diagnostics, static d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(100m, rubric.Points);
        Assert.Equal(29, rubric.Items.Count);
        Assert.Equal(41m, rubric.ItemPoints);
        Assert.Equal([25m, 25m], rubric.Tasks.Select(static t => t.Points));
        Assert.Empty(rubric.AwardPolicies);
    }

    [Fact]
    public void LoadPlan_PanlongSeed_TranscribesLevelsSheetsAwardsRoundsAndMethods()
    {
        var result = Loader.LoadPlan(Path.Combine(SeedsFolder, "panlong.plan.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var plan = result.Value;
        Assert.Equal([("panlong-theme-practice", UnitKind.School), ("panlong-staff-illustrative", UnitKind.StaffMember)], plan.Rubrics.Select(static r => (r.RubricId, r.UnitKind)));
        var centre = plan.LevelOf(BodyKind.Centre)!;
        Assert.Equal([UnitKind.School, UnitKind.StaffMember], centre.Assesses);
        Assert.Equal([("先进集体", 25m), ("先进个人", 10m)], centre.Awards.Select(static a => (a.Name, a.Policy!.Quota.Percent!.Value)));
        Assert.All(centre.Awards, static a => Assert.Equal(QuotaRounding.Nearest, a.Policy!.Rounding));
        var county = plan.LevelOf(BodyKind.County)!;
        Assert.Equal([UnitKind.Centre, UnitKind.School], county.Assesses);
        Assert.All(county.Awards, static a => Assert.Equal("表彰类别和表彰名额另行通知", a.Announcement));
        Assert.Equal([AssessmentRound.SelfAssessment, AssessmentRound.Annual, AssessmentRound.Unannounced], plan.Rounds.Select(static r => r.Round));
        Assert.Equal(AssessmentRound.Annual, plan.AwardRound);
        Assert.Equal("听看查问评", string.Concat(plan.Methods.Select(static m => m.Name)));
    }

    [Fact]
    public void LoadRubric_StaffSeed_IsMarkedIllustrativeAndScoresStaff()
    {
        var result = Loader.LoadRubric(Path.Combine(SeedsFolder, "panlong-staff.rubric.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(UnitKind.StaffMember, result.Value.UnitKind);
        Assert.Contains("NOT FROM THE SOURCE", result.Value.Title, StringComparison.Ordinal);
        Assert.All(result.Value.Items, static i => Assert.Contains("示例,非原文", i.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAssessmentLines_SeedBatch_ScoresLikeTheFiles()
    {
        var rubric = LoadRubric();
        using var stream = File.OpenRead(Path.Combine(SeedsFolder, "batch.jsonl"));

        var results = Loader.ReadAssessmentLines(stream, "batch.jsonl").ToList();

        Assert.Equal(10, results.Count);
        var expected = Totals.Select(static row => ((string)row[0], (decimal)row[2])).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            Assert.True(results[i].Succeeded, string.Join(Environment.NewLine, results[i].Diagnostics));
            var scored = ScoringEngine.Default.Score(rubric, results[i].Value!);
            Assert.True(scored.Succeeded, string.Join("; ", scored.Errors));
            Assert.Equal(expected[i], (scored.Scorecard.UnitId, scored.Scorecard.Total.Assessor!.Value));
        }
    }

    [Fact]
    public void LoadRoster_SeedRoster_PanlongCentreHasTenSchoolsAndFortyFiveStaff()
    {
        var result = Loader.LoadRoster(Path.Combine(SeedsFolder, "roster.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var centre = result.Value.AllBodies().Single(static b => b.Id == "panlong-centre");
        var schools = centre.Population(UnitKind.School);
        var staff = centre.Population(UnitKind.StaffMember);
        Assert.Equal(10, schools.Count);
        Assert.Equal(45, staff.Count);

        var plan = Loader.LoadPlan(Path.Combine(SeedsFolder, "panlong.plan.json")).Value!;
        var collective = plan.LevelOf(BodyKind.Centre)!.Awards.Single(static a => a.Id == "advanced-collective").Policy!;
        var individual = plan.LevelOf(BodyKind.Centre)!.Awards.Single(static a => a.Id == "advanced-individual").Policy!;
        Assert.Equal(3, collective.Quota.Rounded(schools.Count, collective.Rounding));
        Assert.Equal(5, individual.Quota.Rounded(staff.Count, individual.Rounding));
    }

    private static RubricDefinition LoadRubric()
    {
        var result = Loader.LoadRubric(Path.Combine(SeedsFolder, "panlong.rubric.json"));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value;
    }

    private static Scorecard Score(string school)
    {
        var rubric = LoadRubric();
        var assessment = Loader.LoadAssessment(Path.Combine(SeedsFolder, "assessments", school + ".assessment.json"));
        Assert.True(assessment.Succeeded, string.Join(Environment.NewLine, assessment.Diagnostics));
        Assert.Equal(school, assessment.Value.UnitId);

        var result = ScoringEngine.Default.Score(rubric, assessment.Value);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Scorecard;
    }
}
