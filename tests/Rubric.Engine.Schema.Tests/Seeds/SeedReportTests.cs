namespace Rubric.Engine.Schema.Tests.Seeds;

/// <summary>
/// <see cref="ReportAnalyzer"/> on the seeds against the figures worked out by hand in
/// <c>seeds/README.md</c>, "The report of the seeds".
/// </summary>
public class SeedReportTests
{
    private static readonly string SeedsFolder = Path.Combine(TestFiles.RepoRoot, "seeds");

    private static readonly Lazy<AssessmentReport> Report = new(Analyze);

    /// <summary>School, points lost, costliest item, its loss, its share of the loss (README, "Per school").</summary>
    public static TheoryData<string, decimal, string, decimal, decimal> Costliest => new()
    {
        { "school-01", 0.5m, "t1.17", 0.5m, 1m },
        { "school-02", 2.1m, "t2.6", 1m, 1m / 2.1m },
        { "school-03", 2.7m, "t1.14", 1.2m, 1.2m / 2.7m },
        { "school-04", 2.7m, "t2.6", 1m, 1m / 2.7m },
        { "school-05", 5m, "t1.9", 2m, 0.4m },
        { "school-06", 6.5m, "t1.7", 2m, 2m / 6.5m },
        { "school-07", 7m, "t1.10", 2m, 2m / 7m },
        { "school-08", 8.5m, "t2.8", 2m, 2m / 8.5m },
        { "school-09", 11m, "t1.12", 2m, 2m / 11m },
        { "school-10", 7m, "t1.9", 2m, 2m / 7m },
    };

    /// <summary>School, its items losing points in ranked order (README, "Per school").</summary>
    public static TheoryData<string, string> LossOrder => new()
    {
        { "school-04", "t2.6 t1.11 t1.13 t1.17" },
        { "school-08", "t2.8 t2.10 t1.16 t1.6 t1.11 t1.12" },
        { "school-09", "t1.12 t1.3 t1.4 t1.5 t1.15 t2.1 t2.2 t2.3 t2.5 t2.11" },
    };

    /// <summary>School, over-claimed items in ranked order (README, "Per school").</summary>
    public static TheoryData<string, string> OverClaimOrder => new()
    {
        { "school-03", "t2.11" },
        { "school-04", "t2.6 t1.13 t1.17 t1.11" },
        { "school-08", "" },
        { "school-10", "t2.7 t1.9 t1.17 t1.14" },
    };

    /// <summary>Item, units losing, total lost, mean loss, largest loss, mean gap, units over-claiming (README, "Per item").</summary>
    public static TheoryData<string, int, decimal, decimal?, decimal?, decimal, int> Items => new()
    {
        { "t1.1", 0, 0m, null, null, 0m, 0 },
        { "t1.4", 2, 2m, 1m, 1m, 0.1m, 1 },
        { "t1.9", 3, 4.6m, 4.6m / 3, 2m, 0.32m, 3 },
        { "t1.14", 3, 5.2m, 5.2m / 3, 2m, 0.16m, 2 },
        { "t1.17", 4, 3m, 0.75m, 1m, 0.15m, 4 },
        { "t2.6", 3, 4m, 4m / 3, 2m, 0.3m, 3 },
        { "t2.8", 1, 2m, 2m, 2m, 0m, 0 },
        { "t2.11", 2, 1.5m, 0.75m, 1m, 0.1m, 2 },
    };

    [Theory]
    [MemberData(nameof(Costliest))]
    public void Analyze_SeedSchool_NamesTheCostliestItemWithItsShare(string school, decimal lost, string itemId, decimal amount, decimal share)
    {
        var unit = Panlong().Units.Single(u => u.UnitId == school);

        Assert.Equal(lost, unit.Lost);
        Assert.Equal(itemId, unit.Losses[0].ItemId);
        Assert.Equal(amount, unit.Losses[0].Amount);
        Assert.Equal(share, unit.Losses[0].Share);
        Assert.Equal(lost, unit.Losses.Sum(static l => l.Amount));
    }

    [Theory]
    [MemberData(nameof(LossOrder))]
    public void Analyze_SeedSchool_RanksLossesByAmountThenSheetOrder(string school, string expected)
    {
        var unit = Panlong().Units.Single(u => u.UnitId == school);

        Assert.Equal(expected, string.Join(' ', unit.Losses.Select(static l => l.ItemId)));
    }

    [Theory]
    [MemberData(nameof(OverClaimOrder))]
    public void Analyze_SeedSchool_RanksOverClaimsByGap(string school, string expected)
    {
        var unit = Panlong().Units.Single(u => u.UnitId == school);

        Assert.Equal(expected, string.Join(' ', unit.OverClaims.Select(static g => g.ItemId)));
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Analyze_SeedItem_MatchesHandComputedFigures(string itemId, int losing, decimal total, decimal? mean, decimal? largest, decimal meanGap, int overClaiming)
    {
        var item = Panlong().Items.Single(i => i.ItemId == itemId);

        Assert.Equal(losing, item.UnitsLosing);
        Assert.Equal(total, item.TotalLost);
        Assert.Equal(mean, item.MeanLoss);
        Assert.Equal(largest, item.LargestLoss);
        Assert.Equal(10, item.UnitsCompared);
        Assert.Equal(meanGap, item.MeanGap);
        Assert.Equal(overClaiming, item.UnitsOverClaiming);
    }

    [Fact]
    public void Analyze_Seeds_RanksItemsByPointsLostThenSheetOrder()
    {
        var body = Panlong();

        Assert.Equal(
            "t1.14 t1.9 t2.6 t1.12 t1.16 t1.17 t1.4 t1.7 t1.10 t2.7 t2.8 t2.9 t2.10 t1.11 t1.13 t2.11",
            string.Join(' ', body.CostliestItems.Take(16).Select(static i => i.ItemId)));
        Assert.Equal(28, body.CostliestItems.Count);
        Assert.Equal("t1.18", body.CostliestItems[^1].ItemId);
        Assert.Equal(53m, body.Lost);
    }

    [Fact]
    public void Analyze_Seeds_RanksUnitsWithSharedPlaces()
    {
        var ranks = Panlong().Units.Select(static u => $"{u.Rank}:{u.UnitId}");

        Assert.Equal(
            "1:school-01 2:school-02 3:school-03 3:school-04 5:school-05 6:school-06 7:school-07 7:school-10 9:school-08 10:school-09",
            string.Join(' ', ranks));
    }

    [Fact]
    public void Analyze_Seeds_DescribesTheSpreadOfTotals()
    {
        var totals = Panlong().Totals;

        Assert.Equal(10, totals.Count);
        Assert.Equal(30m, totals.Minimum);
        Assert.Equal(40.5m, totals.Maximum);
        Assert.Equal(35.7m, totals.Mean);
        Assert.Equal(35.25m, totals.Median);
        Assert.Equal(5m, totals.BinWidth);
        Assert.Equal([new ScoreBin(30m, 35m, 5), new ScoreBin(35m, 40m, 4), new ScoreBin(40m, 45m, 1)], totals.Bins);
    }

    [Fact]
    public void Analyze_SeedsWithRoster_AccountsForEveryBodyAndUnassessedSchool()
    {
        var report = Report.Value;

        Assert.Equal("county panlong-centre qingxi-centre", string.Join(' ', report.Bodies.Select(static b => b.BodyId)));
        Assert.Equal(["county-direct-01"], report.Bodies[0].Unscored.Select(static u => u.UnitId));
        Assert.All(report.Bodies[2].Unscored, static u => Assert.Equal(UnscoredReason.NoAssessment, u.Reason));
        Assert.Equal(3, report.Bodies[2].Unscored.Count);
        Assert.Empty(report.Bodies[0].Units);
        Assert.Equal("盘龙镇云溪小学", Panlong().Units[0].UnitName);
    }

    [Fact]
    public void Analyze_SeedsWithAwards_ShowsTheCentresAdvancedCollectives()
    {
        var award = Assert.Single(Panlong().Awards);

        Assert.Equal("advanced-collective", award.PolicyId);
        Assert.Equal(38.3m, award.CutOffScore);
        Assert.Equal(["school-01", "school-02", "school-04"], award.Awarded.Select(static u => u.UnitId));
    }

    private static BodyAnalysis Panlong() => Report.Value.Bodies.Single(b => b.BodyId == "panlong-centre");

    private static AssessmentReport Analyze()
    {
        var loader = new RubricLoader();
        var rubric = loader.LoadRubric(Path.Combine(SeedsFolder, "panlong.rubric.json")).Value!;
        var roster = loader.LoadRoster(Path.Combine(SeedsFolder, "roster.json")).Value!;
        var results = Directory.GetFiles(Path.Combine(SeedsFolder, "assessments"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => ScoringEngine.Default.Score(rubric, loader.LoadAssessment(f).Value!))
            .ToArray();
        var plan = loader.LoadPlan(Path.Combine(SeedsFolder, "panlong.plan.json")).Value!;
        var awards = AwardCalculator.Calculate(plan, roster, results).Outcomes
            .Where(o => o.Award.Policy?.UnitKind == rubric.UnitKind && o.Report is not null)
            .Select(static o => o.Report!);
        return ReportAnalyzer.Analyze(rubric, results, roster, awards);
    }
}
