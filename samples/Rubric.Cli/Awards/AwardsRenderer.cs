using System.Globalization;
using Rubric.Cli.Output;
using Rubric.Engine;
using Spectre.Console;

namespace Rubric.Cli.Awards;

/// <summary>Renders an <see cref="AwardsReport"/> as Spectre tables or Markdown.</summary>
internal static class AwardsRenderer
{
    public static void Table(AwardsReport report, IAnsiConsole console)
    {
        foreach (var list in report.Lists)
        {
            console.WriteLine(DisplayText.Escape(Heading(list)));
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn(new TableColumn("rank 名次").RightAligned());
            table.AddColumn("unit 单位");
            table.AddColumn("name 名称");
            table.AddColumn(new TableColumn("score 得分").RightAligned());
            table.AddColumn("awarded 获奖");
            table.AddColumn("reason 理由");
            foreach (var (entry, awarded) in Entries(list))
            {
                table.AddRow(Rank(entry), SpectreConsoles.Cell(entry.UnitId), SpectreConsoles.Cell(entry.UnitName), ScoreText.Points(entry.Score), awarded ? "yes 是" : "no 否", SpectreConsoles.Cell(entry.Reason));
            }

            console.Write(table);
            foreach (var note in list.Notes)
            {
                console.WriteLine("  " + DisplayText.Escape(note));
            }

            console.WriteLine();
        }

        foreach (var note in report.Notes)
        {
            console.WriteLine(DisplayText.Escape(note));
        }
    }

    public static void Markdown(AwardsReport report, TextWriter writer)
    {
        writer.WriteLine("# Awards 评优 — " + Output.Markdown.Cell(report.Rubric));
        foreach (var list in report.Lists)
        {
            writer.WriteLine();
            writer.WriteLine("## " + Output.Markdown.Cell(Heading(list)));
            writer.WriteLine();
            Output.Markdown.WriteHeader(writer, ["rank 名次", "unit 单位", "name 名称", "score 得分", "awarded 获奖", "reason 理由"], [true, false, false, true, false, false]);
            foreach (var (entry, awarded) in Entries(list))
            {
                Output.Markdown.WriteRow(writer, [Rank(entry), entry.UnitId, entry.UnitName, ScoreText.Points(entry.Score), awarded ? "yes 是" : "no 否", entry.Reason]);
            }

            foreach (var note in list.Notes)
            {
                writer.WriteLine();
                writer.WriteLine("> " + DisplayText.Escape(note));
            }
        }

        foreach (var note in report.Notes)
        {
            writer.WriteLine();
            writer.WriteLine("> " + DisplayText.Escape(note));
        }

        writer.Flush();
    }

    private static IEnumerable<(AwardEntry Entry, bool Awarded)> Entries(AwardList list) =>
        list.Awarded.Select(static e => (e, true)).Concat(list.NotAwarded.Select(static e => (e, false)));

    private static string Rank(AwardEntry entry) => entry.Rank > 0 ? entry.Rank.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Heading(AwardList list) => string.Create(CultureInfo.InvariantCulture,
        $"{list.BodyName} ({list.BodyId}) — {list.AwardName} ({list.AwardId}): {list.Population} unit(s), quota {PointsFormat.Format(list.RawQuota)} → {list.Quota} ({list.Rounding}), cut-off {ScoreText.Points(list.CutOff)}");
}
