using System.Globalization;
using Rubric.Cli.Output;
using Rubric.Engine;
using Spectre.Console;

namespace Rubric.Cli.Awards;

/// <summary>Renders an <see cref="AwardsReport"/> as Spectre tables, Markdown or CSV.</summary>
internal static class AwardsRenderer
{
    public static void Table(AwardsReport report, IAnsiConsole console)
    {
        foreach (var list in report.Lists)
        {
            console.WriteLine(DisplayText.Escape(Heading(list)));
            if (list.ToBeAnnounced is not null)
            {
                console.WriteLine();
                continue;
            }

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
            if (list.ToBeAnnounced is not null)
            {
                continue;
            }

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

    /// <summary>
    /// One row per unit of every list, each row repeating its list's body, award and quota so that
    /// a spreadsheet can filter on them; a list with no units (to be announced, or an empty
    /// population) is one row without a unit, and the report's notes end the file as rows of their own.
    /// </summary>
    public static void Csv(AwardsReport report, TextWriter writer)
    {
        Output.Csv.WriteRow(writer, ["body_id", "body_name", "award_id", "award_name", "population", "raw_quota", "rounding", "quota", "cut_off", "to_be_announced", "rank", "unit_id", "unit_name", "score", "awarded", "reason"]);
        foreach (var list in report.Lists)
        {
            string?[] head =
            [
                list.BodyId, list.BodyName, list.AwardId, list.AwardName, list.Population?.ToString(CultureInfo.InvariantCulture),
                list.RawQuota is { } raw ? PointsFormat.Format(raw) : null, list.Rounding, list.Quota?.ToString(CultureInfo.InvariantCulture),
                list.CutOff is { } cut ? PointsFormat.Format(cut) : null, list.ToBeAnnounced,
            ];
            var entries = Entries(list).ToArray();
            if (entries.Length == 0)
            {
                Output.Csv.WriteRow(writer, [.. head, null, null, null, null, null, string.Join(" ", list.Notes)]);
            }

            foreach (var (entry, awarded) in entries)
            {
                Output.Csv.WriteRow(writer, [.. head, Rank(entry), entry.UnitId, entry.UnitName, entry.Score is { } score ? PointsFormat.Format(score) : null, awarded ? "yes" : "no", entry.Reason]);
            }
        }

        foreach (var note in report.Notes)
        {
            Output.Csv.WriteRow(writer, [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, note]);
        }

        writer.Flush();
    }

    private static IEnumerable<(AwardEntry Entry, bool Awarded)> Entries(AwardList list) =>
        list.Awarded.Select(static e => (e, true)).Concat(list.NotAwarded.Select(static e => (e, false)));

    private static string Rank(AwardEntry entry) => entry.Rank > 0 ? entry.Rank.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Heading(AwardList list) => list.ToBeAnnounced is { } announcement
        ? $"{list.BodyName} ({list.BodyId}) — {list.AwardName} ({list.AwardId}): to be announced 另行通知 — {announcement}; no quota is computed"
        : string.Create(CultureInfo.InvariantCulture,
            $"{list.BodyName} ({list.BodyId}) — {list.AwardName} ({list.AwardId}): {list.Population} unit(s), quota {PointsFormat.Format(list.RawQuota ?? 0m)} → {list.Quota} ({list.Rounding}), cut-off {ScoreText.Points(list.CutOff)}");
}
