using MiniExcelLibs;
using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Sheets;

public class SheetImporterTests
{
    private static readonly Dictionary<string, (object Self, object Assessor)> Filled = new(StringComparer.Ordinal)
    {
        ["t1.1"] = ("是", "否"),
        ["t1.4"] = ("yes", "noticeboard"),
        ["t1.6"] = ("ontime", "迟交"),
        ["t1.7"] = (0, 1),
        ["t1.13"] = (20, 17),
        ["t1.16"] = (2, 1.5),
    };

    /// <summary>Writes the blank xlsx, fills it as a person would in a spreadsheet, and saves it.</summary>
    private static string FillTemplate(TempFolder folder)
    {
        var blank = folder.File("blank.xlsx");
        using (var stream = File.Create(blank))
        {
            TemplateWriter.Xlsx(ScoringSheet.For(TestRubrics.Demo()), stream);
        }

        var rows = MiniExcel.Query(blank, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
        foreach (var row in rows)
        {
            switch (row["A"] as string)
            {
                case SheetLayout.UnitName: row["B"] = "盘龙镇中心小学"; break;
                case SheetLayout.UnitId: row["B"] = "school-01"; break;
                case SheetLayout.Date: row["B"] = new DateTime(2011, 12, 15); break;
                case SheetLayout.Team: row["B"] = "盘龙镇教管中心考核组"; break;
            }

            if (row["J"] is string id && Filled.TryGetValue(id, out var cells))
            {
                row["F"] = cells.Self;
                row["H"] = cells.Assessor;
            }
        }

        var filled = folder.File("filled.xlsx");
        MiniExcel.SaveAs(filled, rows, printHeader: false);
        return filled;
    }

    [Fact]
    public void Import_FilledTemplate_RoundTripsToTheSameScore()
    {
        using var folder = new TempFolder();
        var rubric = TestRubrics.Demo();
        var path = FillTemplate(folder);

        var result = SheetImporter.Import(rubric, SheetReader.Read(path), path);

        Assert.Empty(result.Diagnostics);
        var assessment = result.Assessment!;
        Assert.Equal(("school-01", "盘龙镇中心小学", "盘龙镇教管中心考核组"), (assessment.UnitId, assessment.UnitName, assessment.AssessedBy));
        Assert.Equal(new DateOnly(2011, 12, 15), assessment.Date);
        Assert.Equal(AssessmentRound.Annual, assessment.Round);
        var scored = ScoringEngine.Default.Score(rubric, assessment);
        Assert.True(scored.Succeeded, string.Join("; ", scored.Errors));
        var expected = ScoringEngine.Default.Score(rubric, TestRubrics.School01()).Scorecard!;
        Assert.Equal(expected.Total, scored.Scorecard.Total);
        Assert.Equal(5.9m, scored.Scorecard.Total.Assessor);
        Assert.Equal(
            expected.Deductions(ScoreSide.Assessor).Select(d => d.Explain()),
            scored.Scorecard.Deductions(ScoreSide.Assessor).Select(d => d.Explain()));
    }

    [Fact]
    public void Import_FilledCsvTemplate_ReadsQuotedCellsAndScores()
    {
        using var folder = new TempFolder();
        var rubric = TestRubrics.Demo();
        var writer = new StringWriter();
        TemplateWriter.Csv(ScoringSheet.For(rubric), writer);
        var csv = writer.ToString()
            .Replace("单位编号 unit id,,", "单位编号 unit id,school-02,", StringComparison.Ordinal)
            .Replace(",1,,,,,t1.1,", ",1,是,,\"否\",,t1.1,", StringComparison.Ordinal)
            .Replace(",1,,,,,t1.4,", ",1,是,,\"slogan, noticeboard\",,t1.4,", StringComparison.Ordinal)
            .Replace(",1,,,,,t1.6,", ",1,ontime,,missing,,t1.6,", StringComparison.Ordinal)
            .Replace(",2,,,,,t1.7,", ",2,0,,没做,,t1.7,", StringComparison.Ordinal)
            .Replace(",3,,,,,t1.13,", ",3,20,,25,,t1.13,", StringComparison.Ordinal)
            .Replace(",2,,,,,t1.16,", ",2,2,,0,,t1.16,", StringComparison.Ordinal);
        var path = folder.File("filled.csv");
        File.WriteAllText(path, csv);

        var result = SheetImporter.Import(rubric, SheetReader.Read(path), path);

        Assert.Empty(result.Diagnostics);
        var scored = ScoringEngine.Default.Score(rubric, result.Assessment!);
        Assert.True(scored.Succeeded, string.Join("; ", scored.Errors));
        Assert.Equal(new ScorePair(10m, 3m), scored.Scorecard.Total);
    }

    [Fact]
    public void Import_BadCell_DiagnosticWithRowAndColumn()
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[2][1] = "school-01";
        rows[7][SheetLayout.AssessorObservedColumn] = "maybe";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.xlsx");

        Assert.Null(result.Assessment);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("sheet.xlsx(8,8): error RUB1910: item t1.1 (考核 assessor): 'maybe' is not a yes/no; write 是 or 否 (yes/no, 1/0).", diagnostic.ToString());
    }

    [Fact]
    public void Import_NoUnitId_AskedForWithTheOption()
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[7][SheetLayout.SelfObservedColumn] = "是";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.csv");

        Assert.Contains(result.Diagnostics, d => d.Code == "RUB1911" && d.Message.Contains("--unit-id", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_OnlySelfColumn_SelfAssessmentRoundWithoutAssessorColumn()
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(TestRubrics.Demo())).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[7][SheetLayout.SelfObservedColumn] = "是";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.csv", unitIdOverride: "school-09");

        Assert.Equal(AssessmentRound.SelfAssessment, result.Assessment!.Round);
        Assert.False(result.Assessment.HasAssessor);
        Assert.Single(result.Assessment.Column(ScoreSide.Self)!);
    }

    /// <summary>The blank sheet's rows as import reads them, with the unit id filled in.</summary>
    private static List<string?[]> BlankRows(RubricDefinition rubric)
    {
        var rows = TemplateWriter.Grid(ScoringSheet.For(rubric)).Select(r => r.Select(SheetReader.Cell).ToArray()).ToList();
        rows[2][1] = "school-01";
        return rows;
    }

    private static int RowOf(List<string?[]> rows, string itemId) => rows.FindIndex(r => r[SheetLayout.IdColumn] == itemId);

    private static Scorecard ImportAndScore(RubricDefinition rubric, List<string?[]> rows)
    {
        var result = SheetImporter.Import(rubric, rows, "sheet.xlsx");
        Assert.True(result.Assessment is not null, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var scored = ScoringEngine.Default.Score(rubric, result.Assessment);
        Assert.True(scored.Succeeded, string.Join("; ", scored.Errors));
        return scored.Scorecard;
    }

    public static TheoryData<string> SeedAssessments() => [.. Directory.GetFiles(Repo.Seed("assessments"), "*.json").Select(static f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedAssessments))]
    public void Import_SeedCaseObservationsOrScoresTyped_SameScorecard(string file)
    {
        var loader = new Rubric.Engine.Schema.RubricLoader();
        var rubric = loader.LoadRubric(Repo.Seed("panlong.rubric.json")).Value!;
        var assessment = loader.LoadAssessment(Repo.Seed("assessments", file)).Value!;
        var expected = ScoringEngine.Default.Score(rubric, assessment).Scorecard!;
        List<string?[]> observed = BlankRows(rubric), scored = BlankRows(rubric);
        foreach (var (side, observedColumn, scoreColumn) in new[] { (ScoreSide.Self, SheetLayout.SelfObservedColumn, SheetLayout.SelfScoreColumn), (ScoreSide.Assessor, SheetLayout.AssessorObservedColumn, SheetLayout.AssessorScoreColumn) })
        {
            foreach (var (itemId, observation) in assessment.Column(side) ?? new Dictionary<string, Observation>())
            {
                var item = rubric.Items.Single(i => i.Id == itemId);
                observed[RowOf(observed, itemId)][observedColumn] = ObservationCells.Format(item, observation);
                scored[RowOf(scored, itemId)][scoreColumn] = PointsFormat.Format(expected.FindItem(itemId)!.Value.Score.Get(side)!.Value);
            }
        }

        var fromObservations = ImportAndScore(rubric, observed);
        var fromScores = ImportAndScore(rubric, scored);

        foreach (var card in new[] { fromObservations, fromScores })
        {
            Assert.Equal(expected.Items.Select(static i => i.Score), card.Items.Select(static i => i.Score));
            Assert.Equal(expected.Stages.Select(static s => s.Score), card.Stages.Select(static s => s.Score));
            Assert.Equal(expected.Total, card.Total);
        }
    }

    [Fact]
    public void Import_ScoreTheRuleCannotGive_ErrorAtTheScoreCellNeverReadAsACount()
    {
        var rows = BlankRows(TestRubrics.Demo());
        var row = RowOf(rows, "t1.7");
        rows[row][SheetLayout.AssessorScoreColumn] = "1.2";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.xlsx");

        Assert.Null(result.Assessment);
        Assert.Equal(
            $"sheet.xlsx({row + 1},9): error RUB1910: item t1.7 (考核 assessor): The score 1.2 cannot be produced by this item's perUnit rule; the nearest scores it can produce are 1 and 1.5.",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Import_ObservationAndScoreDisagree_ErrorNamesBoth()
    {
        var rows = BlankRows(TestRubrics.Demo());
        var row = RowOf(rows, "t1.13");
        rows[row][SheetLayout.SelfObservedColumn] = "17";
        rows[row][SheetLayout.SelfScoreColumn] = "3";

        var diagnostic = Assert.Single(SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.xlsx").Diagnostics);

        Assert.Equal($"sheet.xlsx({row + 1},7): error RUB1910: item t1.13 (自查 self): The score 3 and the observation {{achieved = 17}} disagree: that observation scores 2.4.", diagnostic.ToString());
    }

    [Fact]
    public void Import_ObservationAndAgreeingScore_Accepted()
    {
        var rows = BlankRows(TestRubrics.Demo());
        var row = RowOf(rows, "t1.13");
        rows[row][SheetLayout.SelfObservedColumn] = "17";
        rows[row][SheetLayout.SelfScoreColumn] = "2.4";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.xlsx");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("t1.13 {score = 2.4; achieved = 17}", result.Assessment!.Column(ScoreSide.Self)!["t1.13"].ToString());
    }

    [Fact]
    public void Import_ScoreCellNotANumber_Error()
    {
        var rows = BlankRows(TestRubrics.Demo());
        rows[RowOf(rows, "t1.1")][SheetLayout.SelfScoreColumn] = "full";

        var diagnostic = Assert.Single(SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.xlsx").Diagnostics);

        Assert.EndsWith("item t1.1 (自查 self): 'full' is not a score; write the item's score, 0 to 1.", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EarlierLayout_ReadAsObservationsWithAWarningSayingSo()
    {
        // The layout rubric template wrote before the score columns: 自查分 and 考核分 held observations.
        var rows = BlankRows(TestRubrics.Demo()).Select(r => r.Take(5).Concat([null, null, r[SheetLayout.IdColumn], r[SheetLayout.HowToColumn], null, null]).ToArray()).ToList();
        var header = rows.FindIndex(r => r[0] == "工作任务 task");
        rows[header][SheetLayout.Legacy.SelfColumn] = "自查分 self";
        rows[header][SheetLayout.Legacy.AssessorColumn] = "考核分 assessor";
        rows.RemoveAll(r => SheetLayout.TotalLabels.Contains(r[SheetLayout.TextColumn]));
        rows[rows.FindIndex(r => r[SheetLayout.Legacy.IdColumn] == "t1.7")][SheetLayout.Legacy.AssessorColumn] = "2";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "old.csv");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Rubric.Engine.Schema.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("RUB1912", warning.Code);
        Assert.Contains("read as what was observed", warning.Message, StringComparison.Ordinal);
        Assert.Contains("never as scores", warning.Message, StringComparison.Ordinal);
        Assert.Equal(ObservedValue.FromDecimal(2), result.Assessment!.Column(ScoreSide.Assessor)!["t1.7"].Values[ObservationKeys.Missing]);
    }

    /// <summary>The xlsx template filled with school-01's observations, as written: no computed values in it yet.</summary>
    private static string WriteSchool01(TempFolder folder)
    {
        var path = folder.File("filled.xlsx");
        using var stream = File.Create(path);
        TemplateWriter.Xlsx(ScoringSheet.For(TestRubrics.Demo()), stream, TestRubrics.School01());
        return path;
    }

    [Fact]
    public void Import_TemplateFilledWithoutRecalculation_ObservationsScoreAsInTheEngine()
    {
        using var folder = new TempFolder();
        var path = WriteSchool01(folder);

        var result = SheetImporter.Import(TestRubrics.Demo(), SheetReader.Read(path), path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new ScorePair(10m, 5.9m), ScoringEngine.Default.Score(TestRubrics.Demo(), result.Assessment!).Scorecard!.Total);
    }

    [LibreOfficeFact]
    public void Import_TemplateFilledAndRecalculatedInLibreOffice_ScoresCheckedAgainstObservations()
    {
        using var folder = new TempFolder();
        var filled = WriteSchool01(folder);

        // Saved by a spreadsheet application, the score cells hold their computed values, and import reads both columns.
        var rows = LibreOffice.RecalculatedRows(filled, folder);
        Assert.Equal("5.9", rows.Single(r => r[SheetLayout.TextColumn] == SheetLayout.SheetTotal)[SheetLayout.AssessorScoreColumn]);
        var result = SheetImporter.Import(TestRubrics.Demo(), rows, filled);

        Assert.Empty(result.Diagnostics);
        var observation = result.Assessment!.Column(ScoreSide.Assessor)!["t1.7"];
        Assert.Equal((1.5m, "t1.7 {missing = 1}"), (observation.Score, observation.Observed?.ToString()));
        Assert.Equal(new ScorePair(10m, 5.9m), ScoringEngine.Default.Score(TestRubrics.Demo(), result.Assessment).Scorecard!.Total);
    }

    [Fact]
    public void Import_ItemRowTwice_ErrorNamesTheEarlierRow()
    {
        var rows = BlankRows(TestRubrics.Demo());
        var row = RowOf(rows, "t1.1");
        rows[row][SheetLayout.SelfObservedColumn] = "是";
        rows.Add((string?[])rows[row].Clone());

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.xlsx");

        Assert.Null(result.Assessment);
        Assert.EndsWith($"item t1.1 (自查 self) is filled on row {row + 1} already.", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("school-09\n")]
    [InlineData("school-09\r\n")]
    [InlineData("school\u001b[31m-09")]
    public void Import_UnitIdWithControlCharacter_RefusedAndShownEscaped(string unitId)
    {
        var rows = BlankRows(TestRubrics.Demo());
        rows[RowOf(rows, "t1.1")][SheetLayout.SelfObservedColumn] = "是";

        var result = SheetImporter.Import(TestRubrics.Demo(), rows, "sheet.csv", unitIdOverride: unitId);

        Assert.Null(result.Assessment);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(DisplayText.Escape(unitId), diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostic.ToString(), char.IsControl);
    }
}
