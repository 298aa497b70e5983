using System.Globalization;
using CsCheck;
using Rubric.Cli.Sheets;
using Rubric.Cli.Tests.Support;
using Rubric.Engine;

namespace Rubric.Cli.Tests.Sheets;

public class ScoreFormulasTests
{
    private static readonly Gen<decimal> GenPoints = Gen.Int[1, 8].Select(half => half * 0.5m);

    private static Gen<decimal> GenRate(decimal points) => Gen.Int[1, 12].Select(tenths => Math.Min(tenths * 0.1m, points));

    private static Gen<decimal?> GenCap(decimal points) =>
        Gen.Frequency((2, Gen.Const((decimal?)null)), (1, Gen.Int[1, (int)(points * 2)].Select(half => (decimal?)(half * 0.5m))));

    /// <summary>A rule of any built-in kind with its item's points.</summary>
    private static readonly Gen<(decimal Points, DeductionRule Rule)> GenRule = Gen.OneOf(
        from points in GenPoints
        from loss in Gen.Int[1, 8].Select(h => (decimal?)h * 0.5m)
        select (points, (DeductionRule)new FlatRule(loss > points ? null : loss)),
        from points in GenPoints
        from count in Gen.Int[1, 3]
        select (points, (DeductionRule)new AnyOfRule(Enumerable.Range(0, count).Select(c => new RuleCondition("c" + c, "条件" + c)))),
        from points in GenPoints
        from rate in GenRate(points)
        from cap in GenCap(points)
        from losesAll in Gen.Bool
        select (points, (DeductionRule)new PerUnitRule(rate, cap, losesAll)),
        from points in GenPoints
        from target in Gen.Int[1, 25]
        from rate in GenRate(points)
        from cap in GenCap(points)
        from losesAll in Gen.Bool
        select (points, (DeductionRule)new ShortfallRule(target, rate, cap, losesAll)),
        from points in GenPoints
        from losses in Gen.Int[0, 16].Array[1, 4]
        select (points, (DeductionRule)new TieredRule(losses.Select((l, n) => new RuleLevel("l" + n, "等级" + n, Math.Min(l * 0.5m, points))))),
        from points in GenPoints
        from stepped in Gen.Bool
        select (points, (DeductionRule)new JudgedRule(stepped ? 0.5m : null)));

    /// <summary>Every observation a rule's item can be given on a sheet, across its whole range and a little past it.</summary>
    private static IEnumerable<Observation> WholeRange(string id, decimal points, DeductionRule rule) => rule switch
    {
        FlatRule => [Observation.Met(id, true), Observation.Met(id, false)],
        AnyOfRule r => [
            Observation.Conditions(id, [.. r.Conditions.Select(c => (c.Id, true))]),
            .. r.Conditions.Select(failing => Observation.Conditions(id, [.. r.Conditions.Select(c => (c.Id, c != failing))])),
            Observation.Conditions(id, [.. r.Conditions.Select(c => (c.Id, false))])],
        PerUnitRule r => [
            .. Enumerable.Range(0, (int)decimal.Ceiling(points / r.Rate) + 3).Select(m => Observation.Missing(id, m)),
            .. r.NoneDoneLosesAll ? [Observation.NoneDone(id)] : Array.Empty<Observation>()],
        ShortfallRule r => [
            .. Enumerable.Range(0, r.Target + 3).Select(a => Observation.Achieved(id, a)),
            .. r.NoneDoneLosesAll ? [Observation.NoneDone(id)] : Array.Empty<Observation>()],
        TieredRule r => r.Levels.Select(l => Observation.Level(id, l.Id)),
        JudgedRule r => Enumerable.Range(0, (int)(points * 4) + 1).Select(q => q * 0.25m).Where(a => r.Step is not { } step || a % step == 0m).Select(a => Observation.Awarded(id, a)),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>
    /// A rubric of one stage per rule, one item per observation in the rule's whole range: the
    /// self column takes the range in order, the assessor column in reverse.
    /// </summary>
    private static (RubricDefinition Rubric, Assessment Assessment) Build((decimal Points, DeductionRule Rule)[] rules)
    {
        var builder = RubricDefinition.CreateBuilder("formulas", "公式检验");
        List<Observation> self = [], assessor = [];
        var stages = new List<Stage>();
        for (var k = 0; k < rules.Length; k++)
        {
            var (points, rule) = rules[k];
            var range = WholeRange("x", points, rule).ToList();
            var items = range.Select((_, v) => new Item($"k{k}.{v}", v + 1, rule.Kind, points, rule)).ToList();
            self.AddRange(range.Select((o, v) => Rebind(o, items[v].Id)));
            assessor.AddRange(range.AsEnumerable().Reverse().Select((o, v) => Rebind(o, items[v].Id)));
            stages.Add(new Stage($"s{k}", rule.Kind, items.Sum(static i => i.Points), items));
        }

        for (var t = 0; t * 4 < stages.Count; t++)
        {
            var taskStages = stages.Skip(t * 4).Take(4).ToArray();
            builder.AddTask(new RubricTask($"t{t}", t + 1, "任务", taskStages.Sum(static s => s.Points), taskStages));
        }

        return (builder.Build(), new Assessment("school-01", AssessmentRound.Annual, self, assessor) { UnitName = "公式检验学校" });
    }

    private static Observation Rebind(Observation observation, string id) => new(id, observation.Values);

    [LibreOfficeFact]
    public void Item_EveryRuleKindOverItsWholeRange_LibreOfficeComputesTheEnginesScores() =>
        Gen.Select(GenRule.Array[6, 6], GenRule.Array[6, 6], (a, b) => a.Concat(b).ToArray()).Sample(
            rules =>
            {
                var (rubric, assessment) = Build(rules);
                var result = ScoringEngine.Default.Score(rubric, assessment);
                Assert.True(result.Succeeded, string.Join("; ", result.Errors));
                var card = result.Scorecard;

                using var folder = new TempFolder();
                var xlsx = folder.File("filled.xlsx");
                var sheet = ScoringSheet.For(rubric);
                using (var stream = File.Create(xlsx))
                {
                    TemplateWriter.Xlsx(sheet, stream, assessment);
                }

                var rows = LibreOffice.RecalculatedRows(xlsx, folder);
                for (var i = 0; i < sheet.Rows.Count; i++)
                {
                    var row = sheet.Rows[i];
                    var expected = row.Item is { } item ? card.FindItem(item.Id)!.Value.Score
                        : row.Text == SheetLayout.StageTotal ? card.FindStage(row.Id)!.Score
                        : row.Text == SheetLayout.TaskTotal ? card.FindTask(row.Id)!.Score
                        : card.Total;
                    var cells = rows[i + TemplateWriter.RowsAboveItems];
                    var where = $"{row.Id} ({row.Text}), sheet row {i + TemplateWriter.RowsAboveItems + 1}";
                    Assert.Equal((where, expected.Self), (where, Parse(cells[SheetLayout.SelfScoreColumn])));
                    Assert.Equal((where, expected.Assessor), (where, Parse(cells[SheetLayout.AssessorScoreColumn])));
                }
            },
            iter: 2,
            threads: 1);

    [Fact]
    public void Item_PerUnit_RoundedFormulaOfTheRulesNumbers() =>
        Assert.Equal(
            "IF(TRIM(F12)=\"\",\"\",IF(OR(TRIM(F12)=\"没做\",TRIM(F12)=\"未做\",TRIM(F12)=\"无\",TRIM(F12)=\"none\",TRIM(F12)=\"nonedone\",TRIM(F12)=\"none done\"),0,IF(ISERROR(VALUE(TRIM(F12))),NA(),IF(OR(VALUE(TRIM(F12))<0,VALUE(TRIM(F12))<>INT(VALUE(TRIM(F12)))),NA(),ROUND(2-MIN(VALUE(TRIM(F12))*0.5,2),1)))))",
            ScoreFormulas.Item(TestRubrics.Demo().Items[3], "F12"));

    [Fact]
    public void Decimals_JudgedWithoutStep_AsManyAsATypedAwardKeeps() => Assert.Equal(9, ScoreFormulas.Decimals(TestRubrics.Demo()));

    private static decimal? Parse(string? cell) => cell is null ? null : decimal.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
