using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Rubric.Cli.Output;
using Rubric.Cli.Sheets;
using Rubric.Engine;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric import SHEET --rubric RUBRIC</c>: a filled scoring sheet back into an assessment file.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var sheet = new Argument<string>("SHEET") { Description = "The filled sheet: an .xlsx workbook or a .csv file, as 'rubric template' wrote it." };
        var rubric = new Option<string>("--rubric", "-r") { Description = "The rubric the sheet was printed from.", Required = true, HelpName = "RUBRIC" };
        var output = CommonOptions.Out();
        var unitId = new Option<string?>("--unit-id") { Description = "The unit id, when the sheet's 单位编号 field is empty.", HelpName = "ID" };
        var round = new Option<string?>("--round") { Description = "selfAssessment, annual or unannounced (default: annual, or selfAssessment when only 自查分 is filled).", HelpName = "ROUND" };
        round.AcceptOnlyFromAmong([.. Enum.GetValues<AssessmentRound>().Select(ScoreText.Round)]);
        var command = new Command(
            "import",
            "import — 导入: read a filled scoring sheet back into an assessment JSON file. Each side of an item row has two cells: what was observed "
            + "(自查情况 self, 考核情况 assessor) and the score (自查分, 考核分). Fill either or both: a score alone is accepted when the item's rule can give it "
            + "(else an error names the nearest scores it can give), and with both the two must agree. The observation cell holds what the item's rule needs:\n"
            + "  flat       是/否, yes/no, 1/0 — whether the requirement was met\n"
            + "  anyOf      是/yes when every condition was met, else the ids (or texts) of the conditions not met, separated by commas or 、\n"
            + "  perUnit    the number of persons or person-times missing (缺少人次), or 没做/none when none was done\n"
            + "  shortfall  the number achieved (完成人次, compared with the target), or 没做/none\n"
            + "  tiered     the level id or text (e.g. late, 迟交)\n"
            + "  judged     the points awarded (评定得分), 0 to the item's points\n"
            + "Leave both cells empty for no observation; leave a side empty when it was not filled. Total rows are skipped. "
            + "A sheet printed before the score columns existed (one 自查分 and one 考核分 cell per item) is still read, its cells as observations, with a warning saying so.\n\n"
            + "Example:\n  rubric import 评分表.xlsx --rubric seeds/panlong.rubric.json --out school-01.assessment.json")
        {
            sheet, rubric, output, unitId, round,
        };
        command.SetAction(parseResult =>
        {
            var sheetPath = parseResult.GetRequiredValue(sheet);
            DocumentLoading.RequireFile(sheetPath);
            var definition = DocumentLoading.Rubric(new RubricLoader(), parseResult.GetRequiredValue(rubric), context.Error);
            if (definition is null)
            {
                return ExitCodes.InvalidData;
            }

            AssessmentRound? roundValue = parseResult.GetValue(round) is { } named
                ? Enum.GetValues<AssessmentRound>().First(r => ScoreText.Round(r) == named)
                : null;
            return Execute(context, definition, sheetPath, SheetReader.Read(sheetPath), parseResult.GetValue(unitId), roundValue, parseResult.GetValue(output));
        });
        return command;
    }

    internal static int Execute(CliContext context, RubricDefinition rubric, string file, IReadOnlyList<string?[]> rows, string? unitId, AssessmentRound? round, string? outPath)
    {
        var result = SheetImporter.Import(rubric, rows, file, unitId, round);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }

        if (result.Assessment is null)
        {
            context.Error.WriteLine($"rubric import: {DisplayText.Escape(file)} could not be read; no assessment was written.");
            return ExitCodes.InvalidData;
        }

        using var target = OutputTarget.Open(outPath, context.Out);
        target.Writer.Write(Indented(result.Assessment));
        target.Commit();
        return ExitCodes.Ok;
    }

    /// <summary>The assessment in its file format, indented for reading, as the library writes it.</summary>
    private static string Indented(Assessment assessment)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonScorecardWriter.Options))
        {
            AssessmentWriter.Write(json, assessment);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + Environment.NewLine;
    }
}
