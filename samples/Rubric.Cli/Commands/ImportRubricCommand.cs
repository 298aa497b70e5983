using System.CommandLine;
using System.Globalization;
using Rubric.Cli.Output;
using Rubric.Engine.Sheets;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric import-rubric SHEET --out FILE</c>: the author's own scoring sheet (Word, Excel, CSV) into a rubric file.</summary>
internal static class ImportRubricCommand
{
    public static Command Create(CliContext context)
    {
        var sheet = new Argument<string>("SHEET") { Description = "The scoring sheet: a .docx (its first table), .xlsx (its first worksheet) or .csv file." };
        var output = CommonOptions.Out();
        var strict = new Option<bool>("--strict") { Description = "Treat every warning as an error: a clause not recognised with certainty stops the import instead of becoming a judged item to review." };
        var id = new Option<string?>("--id") { Description = "The rubric's id (default: from the sheet's file name).", HelpName = "ID" };
        var command = new Command(
            "import-rubric",
            "import-rubric — 导入评分细则: read a scoring sheet written in Word or Excel into a rubric file. The item table needs the columns 工作任务 task, 阶段 stage, "
            + "考核内容 item and 分值 points (序号 no. is optional; other columns are ignored); a task or stage cell states its points as 三项活动（25分）, and a blank one "
            + "continues the one above. Each item's rule is read from the bracketed clause of its text:\n"
            + "  flat       (未成立的扣1分)\n"
            + "  anyOf      (无醒目标语或宣传栏均扣1分)\n"
            + "  perUnit    (查看材料,未完成每人次扣0.5分,没做的扣2分), with 最多扣N分 / 以N分封顶 / 扣完为止 as the cap\n"
            + "  shortfall  the same, when the item's text sets a target in the same unit (每学期走访20人次以上)\n"
            + "  tiered     (没有按时上报的扣1分,未交的扣2分)\n"
            + "  judged     (2分), the points and no deduction\n"
            + "A clause that is not recognised, or could be read two ways, is a warning at its row and the item is written as judged, listed in the rubric's "
            + "'incomplete' note for review. Exit 1 when the sheet cannot be read or, with --strict, on any warning.\n\n"
            + "Example:\n  rubric import-rubric 评分细则.docx --out panlong.rubric.json")
        {
            sheet, output, strict, id,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(sheet);
            DocumentLoading.RequireFile(path);
            var importer = new RubricSheetImporter(new RubricSheetImportOptions { Strict = parseResult.GetValue(strict), RubricId = parseResult.GetValue(id) });
            return Execute(context, importer.Import(path), path, parseResult.GetValue(output));
        });
        return command;
    }

    internal static int Execute(CliContext context, RubricSheetImport result, string sheet, string? outPath)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }

        if (!result.Succeeded)
        {
            context.Error.WriteLine($"rubric import-rubric: {sheet} could not be read into a rubric; nothing was written.");
            return ExitCodes.InvalidData;
        }

        using (var target = OutputTarget.Open(outPath, context.Out))
        {
            target.Writer.Write(result.Json);
            target.Commit();
        }

        var items = result.Rubric.Items.Count;
        context.Error.WriteLine(result.ItemsToReview.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"rubric import-rubric: {items} items, every rule recognised.")
            : string.Create(CultureInfo.InvariantCulture, $"rubric import-rubric: {items} items; {result.ItemsToReview.Count} written as judged for review: {string.Join(", ", result.ItemsToReview)}."));
        return ExitCodes.Ok;
    }
}
