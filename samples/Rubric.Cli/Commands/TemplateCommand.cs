using System.CommandLine;
using Rubric.Cli.Output;
using Rubric.Cli.Sheets;
using Rubric.Engine.Schema;

namespace Rubric.Cli.Commands;

/// <summary><c>rubric template RUBRIC --format csv|markdown|xlsx</c>: the blank scoring sheet.</summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var rubric = new Argument<string>("RUBRIC") { Description = "The rubric file." };
        var format = CommonOptions.Format("csv", "csv", "markdown", "xlsx");
        var output = CommonOptions.Out();
        var command = new Command(
            "template",
            "template — 评分表: print the blank scoring sheet (评分细则) of a rubric, like the paper one.\nColumns 工作任务 task (with points), 阶段 stage (with points), "
            + "序号 item number, 考核内容 item text, 分值 points, then for each side what was observed and the score: 自查情况 / 自查分 (self), 考核情况 / 考核分 (assessor); "
            + "编号 item id and 填写说明 how to fill. A total row follows each stage, each task and the sheet. Header fields 单位名称 unit name, "
            + "单位编号 unit id, 考核时间 date and 考核组 assessing team. In xlsx (which needs --out) every score cell is a formula: the item's score from the observation beside it, "
            + "as the engine computes it, and the totals add up, so the scores show as you type; a score may also be typed over the formula. CSV and Markdown leave the score columns empty. "
            + "Fill it in and read it back with 'rubric import'.\n\n"
            + "Example:\n  rubric template seeds/panlong.rubric.json --format xlsx --out 评分表.xlsx")
        {
            rubric, format, output,
        };
        command.RequireOutForXlsx(format, output);
        command.SetAction(parseResult =>
        {
            var loader = new RubricLoader();
            var definition = DocumentLoading.Rubric(loader, parseResult.GetRequiredValue(rubric), context.Error);
            if (definition is null)
            {
                return ExitCodes.InvalidData;
            }

            var sheet = ScoringSheet.For(definition);
            using var target = OutputTarget.Open(parseResult.GetValue(output), context.Out);
            switch (parseResult.GetValue(format))
            {
                case "xlsx":
                    TemplateWriter.Xlsx(sheet, target.Stream!);
                    break;
                case "markdown":
                    TemplateWriter.Markdown(sheet, target.Writer);
                    break;
                default:
                    TemplateWriter.Csv(sheet, target.Writer);
                    break;
            }

            target.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
